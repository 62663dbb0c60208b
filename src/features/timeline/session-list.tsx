import { useEffect, useState } from 'react'
import type { ScheduleModel } from '../../data/schedule-model'
import type { LiveInfo } from '../../lib/live-status'
import { useHydrated } from '../../lib/use-hydrated'
import { readerHasScrolled, revealTalk, type ScrollRequest } from './scroll-request'
import { SessionBlock } from './session-block'
import type { SessionPlan } from './timeline-plan'

/** Above this many talks the list is virtualised: rendering 2,000 rows at once takes far longer than a frame. */
export const VIRTUAL_THRESHOLD = 120
/** How much of a long list is prerendered and shown until the virtual list takes over: more than a screenful. */
const HEAD_TALKS = 12

type VirtualModule = typeof import('./virtual-session-list')

// Loaded only for long lists, so a normal conference's visit never downloads it. Kept here once loaded rather than
// behind React.lazy, so a list that needs it after that renders it at once, without a Suspense fallback in between.
let virtualModule: VirtualModule | null = null
let loadingVirtual: Promise<VirtualModule> | null = null

/**
 * The prerenderer and a prerendered page with a long day load this before rendering, so the virtual list is in the
 * HTML and hydrates as it is: taking over from a plain head after hydration cost a second render of every row.
 */
export function loadVirtualModule(): Promise<VirtualModule> {
  loadingVirtual ??= import('./virtual-session-list').then((module) => (virtualModule = module))
  return loadingVirtual
}

function useVirtualModule(wanted: boolean): VirtualModule | null {
  const [module, setModule] = useState(virtualModule)
  useEffect(() => {
    if (!wanted || module) return
    let mounted = true
    void loadVirtualModule().then((loaded) => mounted && setModule(loaded))
    return () => {
      mounted = false
    }
  }, [wanted, module])
  return module
}

export interface SessionListProps {
  sessions: readonly SessionPlan[]
  model: ScheduleModel
  status: ReadonlyMap<string, LiveInfo>
  scrollRequest: ScrollRequest | null
  onScrolled: (id: number) => void
}

export function SessionList(props: SessionListProps) {
  const hydrated = useHydrated()
  const talkCount = props.sessions.reduce((sum, s) => sum + s.talks.length, 0)
  const long = talkCount > VIRTUAL_THRESHOLD
  const virtual = useVirtualModule(long)
  if (!long) return <PlainSessionList {...props} />
  if (virtual) return <virtual.VirtualSessionList {...props} hydrated={hydrated} />
  // Until its code is in (the timeline opened from another page), the head of the day.
  return <PlainSessionList {...props} sessions={headOf(props.sessions)} scrollRequest={null} />
}

function headOf(sessions: readonly SessionPlan[]): SessionPlan[] {
  const head: SessionPlan[] = []
  let talks = 0
  for (const session of sessions) {
    if (talks >= HEAD_TALKS) break
    head.push(session)
    talks += session.talks.length
  }
  return head
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
