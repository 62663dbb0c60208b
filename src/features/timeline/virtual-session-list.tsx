import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { useDeferredValue, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { readerHasScrolled, revealTalk } from './scroll-request'
import { SessionBlock } from './session-block'
import { estimatedSize, type SessionListProps } from './session-list-props'

// Measured sizes by session id, kept across visits of the page, so coming Back lands where the reader was instead of
// where estimates would put it.
const measured = new Map<string, VirtualItem>()

function indexOfTalk(sessions: SessionListProps['sessions'], talkId: string): number {
  return sessions.findIndex((plan) => plan.talks.some((talk) => talk.id === talkId))
}

/**
 * A long day: only the sessions near the viewport are in the DOM, one session (with all its talks) per item. They
 * stack in the page's flow inside a window moved to the first one's place. A chunk of its own, rendered only in the
 * browser once the reader scrolls or the list must go somewhere; until then, and in the prerendered page, the head of
 * the day stands in for it, laid out the same way (./session-list.tsx).
 */
export function VirtualSessionList({
  sessions,
  model,
  status,
  scrollRequest,
  onScrolled,
}: SessionListProps) {
  const listRef = useRef<HTMLDivElement>(null)
  const estimateSize = (index: number) => estimatedSize(sessions[index])
  // Mounting with somewhere to go (what is on now, or where the reader was): start there, rather than rendering the
  // top of the day and then jumping.
  const [start] = useState(() => {
    if (scrollRequest?.kind === 'offset') return { offset: scrollRequest.top, absolute: true }
    if (scrollRequest?.kind !== 'talk') return null
    const index = indexOfTalk(sessions, scrollRequest.talkId)
    let offset = 0
    for (let i = 0; i < index; i++)
      offset += measured.get(sessions[i]!.session.id)?.size ?? estimateSize(i)
    return index > 0 ? { offset, absolute: false } : null
  })
  const [initialMeasurementsCache] = useState(() =>
    sessions.flatMap((plan, index) => {
      const item = measured.get(plan.session.id)
      return item ? [{ ...item, index }] : []
    }),
  )

  // Where the list starts in the page; what is above it keeps its height, but a narrower window rewraps it. Declared
  // before the virtualizer, so this runs before it first reads the window's scroll position.
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const measure = () => {
      const top = Math.round((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY)
      setScrollMargin((previous) => (previous === top ? previous : top))
      return top
    }
    const top = measure()
    if (start) window.scrollTo(0, start.absolute ? start.offset : top + start.offset)
    window.addEventListener('resize', measure)
    return () => window.removeEventListener('resize', measure)
  }, [start])

  const virtualizer = useWindowVirtualizer({
    count: sessions.length,
    estimateSize,
    getItemKey: (index) => sessions[index]?.session.id ?? index,
    overscan: 1,
    scrollMargin,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    initialOffset: start?.offset ?? window.scrollY,
    initialMeasurementsCache,
  })

  useEffect(
    () => () => {
      for (const item of virtualizer.measurementsCache) measured.set(String(item.key), item)
    },
    [virtualizer],
  )

  const readerActed = useRef(false)
  useLayoutEffect(() => {
    const acted = () => {
      readerActed.current = true
    }
    const events = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const
    for (const type of events) window.addEventListener(type, acted, { passive: true })
    return () => {
      for (const type of events) window.removeEventListener(type, acted)
    }
  }, [])

  useEffect(() => {
    if (!scrollRequest) return
    if (scrollRequest.kind === 'offset') {
      window.scrollTo(0, scrollRequest.top)
      onScrolled(scrollRequest.id)
      return
    }
    const index = indexOfTalk(sessions, scrollRequest.talkId)
    // Mounted at the talk already (see `start`): the reader moved if they scrolled, touched or pressed a key since
    // (the list's own corrections of the scroll position, as rows are measured, do not count). Otherwise, the page.
    const moved = start ? readerActed.current : readerHasScrolled()
    if (index < 0 || (scrollRequest.unlessScrolled && moved)) {
      onScrolled(scrollRequest.id)
      return
    }
    virtualizer.scrollToIndex(index, { align: 'start' })
    // The session renders on the next frames; then its row can be brought into view exactly.
    let frames = 0
    let frame = requestAnimationFrame(function reveal() {
      if (revealTalk(scrollRequest.talkId, scrollRequest.focus) || ++frames > 30)
        onScrolled(scrollRequest.id)
      else frame = requestAnimationFrame(reveal)
    })
    return () => cancelAnimationFrame(frame)
  }, [scrollRequest, onScrolled, sessions, virtualizer, start])

  // The sessions that come into view render in the background, in slices that let the browser paint and scroll in
  // between: a block of FOSDEM's talks starting together is 24 rows, which rendered at once, inside the scroll
  // event, made tasks of over 100 ms while the list was flung. Until they are in, the window shows the ones before.
  const items = useDeferredValue(virtualizer.getVirtualItems())
  return (
    <div
      ref={listRef}
      className="session-list session-list--virtual"
      data-virtual-list=""
      style={{ height: virtualizer.getTotalSize() }}
    >
      <div
        className="session-list__window"
        style={{ transform: `translateY(${(items[0]?.start ?? scrollMargin) - scrollMargin}px)` }}
      >
        {items.map((item) => (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="session-list__item"
          >
            <SessionBlock plan={sessions[item.index]!} model={model} status={status} />
          </div>
        ))}
      </div>
    </div>
  )
}
