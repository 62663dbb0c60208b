import type { ReactNode } from 'react'

/**
 * A status line: a live region that is in the page from the first render, so screen readers announce what later
 * appears in it, holding its message only while there is one. `role="alert"` for an error that needs saying at once.
 */
export function StatusMessage({
  className,
  role = 'status',
  children,
}: {
  className: string
  role?: 'status' | 'alert'
  children?: ReactNode
}) {
  return (
    <div role={role} className={className}>
      {children}
    </div>
  )
}
