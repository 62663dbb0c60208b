import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { useHref, useLinkClickHandler, useLocation } from 'react-router-dom'

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path inside the app (from `paths`), with its search string if any. */
  to: string
}

/**
 * An in-app link built on React Router's own hooks for custom links. React Router 7's `<Link>` also carries framework
 * mode's route-module prefetching, which this app never uses: about 3 KiB of every first visit's JS, and a dozen
 * hooks per link on a timeline that renders hundreds of them. Client-side navigation, modifier-key clicks and
 * `target` behave as they do with `<Link>`.
 */
export function Link({ to, onClick, target, children, ...anchor }: LinkProps) {
  const href = useHref(to)
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { target })
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (!event.defaultPrevented) navigate(event)
  }
  return (
    <a {...anchor} href={href} target={target} onClick={handleClick}>
      {children}
    </a>
  )
}

type NavLinkProps = LinkProps & {
  /** Current only on this exact path, not on the paths below it. */
  end?: boolean
}

/** A navigation link that carries `aria-current="page"` while its page is the one shown. */
export function NavLink({ to, end = false, ...link }: NavLinkProps) {
  const { pathname } = useLocation()
  const current = isCurrentPath(pathname, to, end)
  return <Link {...link} to={to} aria-current={current ? 'page' : undefined} />
}

/** React Router's rule: the root is current only on itself; other paths also on the paths below them. */
export function isCurrentPath(pathname: string, to: string, end: boolean): boolean {
  const target = to.replace(/[?#].*$/, '').replace(/(.)\/$/, '$1')
  if (pathname === target || pathname === `${target}/`) return true
  if (end || target === '/') return false
  return pathname.startsWith(`${target}/`)
}
