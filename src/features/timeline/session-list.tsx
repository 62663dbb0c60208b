import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { longestDay } from 'virtual:plenary-dataset'
import { useHydrated } from '../../lib/use-hydrated'
import { readerHasScrolled, revealTalk } from './scroll-request'
import { SessionBlock } from './session-block'
import { estimatedSize, type SessionListProps } from './session-list-props'

/** Above this many talks the list is virtualised: rendering 2,000 rows at once takes far longer than a frame. */
export const VIRTUAL_THRESHOLD = 120
/** Known when the app is built: a conference whose days are all short is built without any of the long list. */
const LONG_DAYS = longestDay > VIRTUAL_THRESHOLD
/**
 * How far down a long list the head reaches, by the virtual list's estimates: more than a phone's or a laptop's first
 * screen. The head is what the prerendered page shows and hydrates, and what stands in until the virtual list's code
 * is in.
 */
const HEAD_HEIGHT = 1000

type VirtualModule = typeof import('./virtual-session-list')

// Kept here once loaded rather than behind React.lazy, so a list that needs it after that renders it at once, without
// a Suspense fallback in between.
let virtualModule: VirtualModule | null = null
let loadingVirtual: Promise<VirtualModule> | null = null

function loadVirtualModule(): Promise<VirtualModule> {
  loadingVirtual ??= import('./virtual-session-list').then((module) => (virtualModule = module))
  return loadingVirtual
}

export function SessionList(props: SessionListProps) {
  const talkCount = props.sessions.reduce((sum, s) => sum + s.talks.length, 0)
  if (LONG_DAYS && talkCount > VIRTUAL_THRESHOLD) return <LongSessionList {...props} />
  return <PlainSessionList {...props} />
}

/**
 * A long day. Its virtual list (and TanStack Virtual, about 11 KiB gzip) loads only once it is needed: when the
 * reader scrolls, touches or types, when the list must go somewhere (what is on now, where the reader was), or when the
 * head does not fill the window. A first visit that only looks never downloads it.
 */
function LongSessionList(props: SessionListProps) {
  const hydrated = useHydrated()
  const [wanted, setWanted] = useState(false)
  const [virtual, setVirtual] = useState(() => (hydrated ? virtualModule : null))
  const headRef = useRef<HTMLDivElement>(null)
  const needed = wanted || props.scrollRequest !== null
  useLayoutEffect(() => {
    if (!hydrated || virtual) return
    const want = () => setWanted(true)
    const headEnd = headRef.current?.getBoundingClientRect().bottom ?? 0
    if (headEnd < window.innerHeight || window.scrollY > 0) want()
    const events = ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown', 'resize'] as const
    for (const type of events) window.addEventListener(type, want, { passive: true })
    return () => {
      for (const type of events) window.removeEventListener(type, want)
    }
  }, [hydrated, virtual])
  useEffect(() => {
    if (!hydrated || !needed || virtual) return
    let mounted = true
    // In a transition: the virtual list's first render (the sessions in view) yields to the browser as it goes.
    void loadVirtualModule().then((loaded) => mounted && startTransition(() => setVirtual(loaded)))
    return () => {
      mounted = false
    }
  }, [hydrated, needed, virtual])

  if (virtual) return <virtual.VirtualSessionList {...props} />
  // The head, laid out as the virtual list lays out its first sessions, in a box as tall as the whole day will be.
  const { sessions, model, status } = props
  let height = 0
  let head = 0
  for (const plan of sessions) {
    if (height < HEAD_HEIGHT) head++
    height += estimatedSize(plan)
  }
  return (
    <div className="session-list session-list--virtual" style={{ height }}>
      <div className="session-list__window" ref={headRef}>
        {sessions.slice(0, head).map((plan) => (
          <div key={plan.session.id} className="session-list__item">
            <SessionBlock plan={plan} model={model} status={status} />
          </div>
        ))}
      </div>
    </div>
  )
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
