import { LineIcon } from './line-icon'

/**
 * The ✕ that closes a notice for now: an icon button whose accessible name says what closing means ("Dismiss",
 * "Not now"). Its look comes from the notice that holds it.
 */
export function DismissButton({
  label,
  className,
  onClick,
}: {
  label: string
  className: string
  onClick: () => void
}) {
  return (
    <button type="button" className={className} aria-label={label} onClick={onClick}>
      <LineIcon path="M6 6l12 12M18 6L6 18" size={18} />
    </button>
  )
}
