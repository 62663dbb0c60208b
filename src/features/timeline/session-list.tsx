import { useEffect } from 'react'
import { longestDay } from 'virtual:plenary-dataset'
import { useHydrated } from '../../lib/use-hydrated'
import { readerHasScrolled, revealTalk } from './scroll-request'
import { SessionBlock } from './session-block'
import type { SessionListProps } from './session-list-props'
import { VirtualSessionList } from './virtual-session-list'

/**
 * Above this many talks the list is virtualised: rendering 2,000 rows at once takes far longer than a frame. The
 * virtual list is part of the entry, its engine is not (./use-window-list.ts).
 */
export const VIRTUAL_THRESHOLD = 120
/** Known when the app is built: a conference whose days are all short is built without the virtual list at all. */
const LONG_DAYS = longestDay > VIRTUAL_THRESHOLD

export function SessionList(props: SessionListProps) {
  const hydrated = useHydrated()
  const talkCount = props.sessions.reduce((sum, s) => sum + s.talks.length, 0)
  if (LONG_DAYS && talkCount > VIRTUAL_THRESHOLD) return <VirtualSessionList {...props} hydrated={hydrated} />
  return <PlainSessionList {...props} />
}

function PlainSessionList({
  sessions,
  model,
  status,
  scrollRequest,
  onScrolled,
}: SessionListProps) {
  useEffect(() => {
    if (!scrollRequest) return
    if (scrollRequest.kind === 'offset') window.scrollTo(0, scrollRequest.top)
    else if (!(scrollRequest.unlessScrolled && readerHasScrolled()))
      revealTalk(scrollRequest.talkId, scrollRequest.focus)
    onScrolled(scrollRequest.id)
  }, [scrollRequest, onScrolled])
  return (
    <div className="session-list">
      {sessions.map((plan) => (
        <SessionBlock key={plan.session.id} plan={plan} model={model} status={status} />
      ))}
    </div>
  )
}
