import { useOutline } from '../data/outline-context'

/** "NeurIPS 2018 · Tue Track 2 -- Session 2", or just the conference when it has many sessions. */
export function SessionName() {
  const { conference, onlySessionTitle } = useOutline()
  return (
    <p className="app-header__session">
      {conference.name}
      {onlySessionTitle && ` · ${onlySessionTitle}`}
    </p>
  )
}
