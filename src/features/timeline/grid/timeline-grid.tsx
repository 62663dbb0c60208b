import { useWindowVirtualizer } from '@tanstack/react-virtual'
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react'
import { authorNames, type ScheduleModel } from '../../../data/schedule-model'
import { useNow } from '../../../lib/clock'
import { formatDay, formatTime, zoneName } from '../../../lib/format-time'
import { useStarredIds } from '../../../lib/stars/stars'
import { useTimeDisplay } from '../../../lib/time-display'
import { visibleBand } from '../../../lib/visible-band'
import { readerHasScrolled } from '../scroll-request'
import type { SessionListProps } from '../session-list-props'
import {
  gridLayout,
  MINUTE_MS,
  SLOT_MINUTES,
  talksBetween,
  wallMinute,
  type GridLayout,
} from './grid-layout'
import { GridTalk } from './grid-talk'
import './timeline-grid.css'

export interface TimelineGridProps extends SessionListProps {
  /** The conference day shown, "2027-01-30". */
  date: string
}

/** Pixels a minute takes down the axis at the default text size: a 15-minute lightning talk fits its title. */
const MINUTE_PX = 3
const SLOT_MS = SLOT_MINUTES * MINUTE_MS

/** Scaled with the reader's text size, as the boxes' text is. */
function minutePixels(): number {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  return (MINUTE_PX * rem) / 16
}

/** Where the reader was across the rooms, by day: Back from a talk returns to its column. */
const scrollLeftByDate = new Map<string, number>()

/**
 * A day as a grid, for wide screens: rooms as columns in the source's order, time running down, the room names and
 * the times sticky, a line at the app clock's instant on the day it falls in. Only the quarter hours near the window
 * are rendered (the page scrolls, as the list does), with every room's talks in them, so Tab goes through the talks
 * by time, then room. The rooms scroll sideways under their names; the names scroll with them.
 *
 * For a screen reader it is one list of links in that order, each saying its title, time and room: the room names
 * and hours around it are drawn for the eye and hidden from it, as each link already says them.
 */
export function TimelineGrid({
  date,
  sessions,
  model,
  status,
  scrollRequest,
  onScrolled,
}: TimelineGridProps) {
  const display = useTimeDisplay(model.schedule.conference.timeZone)
  const { timeZone, locale } = display
  const now = useNow()
  const starred = useStarredIds()
  const talks = useMemo(() => sessions.flatMap((plan) => plan.talks), [sessions])
  const layout = useMemo(() => gridLayout(talks, model, timeZone), [talks, model, timeZone])
  const [minutePx] = useState(minutePixels)
  // Every half hour of the day is labelled: a few dozen labels, made once, rather than formatted as the page scrolls.
  const hours = useMemo(() => halfHours(layout, timeZone, locale), [layout, timeZone, locale])
  const top = (epoch: number) => ((epoch - layout.origin) / MINUTE_MS) * minutePx

  const canvasRef = useRef<HTMLDivElement>(null)
  const headRef = useRef<HTMLDivElement>(null)
  const scrollerRef = useRef<HTMLDivElement>(null)

  // Where the grid's time axis starts in the page. What is above it may change height (a control appearing after
  // hydration, a resize rewrapping it): the page's body then changes size. Measured when it does, never in a render
  // or a scroll, where reading the layout would force it.
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const measure = () => {
      const canvas = canvasRef.current
      if (!canvas) return
      const margin = Math.round(canvas.getBoundingClientRect().top + window.scrollY)
      setScrollMargin((previous) => (previous === margin ? previous : margin))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])

  const virtualizer = useWindowVirtualizer({
    count: layout.slots,
    estimateSize: () => SLOT_MINUTES * minutePx,
    // Two quarter hours beyond each edge: a talk tabbed to just past the window is there to take the focus.
    overscan: 2,
    scrollMargin,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    initialOffset: () => window.scrollY,
  })
  const slots = virtualizer.getVirtualItems()
  const from = layout.origin + (slots[0]?.index ?? 0) * SLOT_MS
  const to = layout.origin + ((slots.at(-1)?.index ?? -1) + 1) * SLOT_MS
  const shown = talksBetween(layout.talks, from, to)

  // The line is drawn in the day's span only, which only today's contains.
  const nowTop = now !== null && now >= layout.origin && now <= layout.end ? top(now) : null

  useGridScrollRequests({ date, layout, scrollRequest, onScrolled, canvasRef, headRef, top })

  // The room names scroll sideways with the rooms, and the rooms with the names' scrollbar (always in view).
  useEffect(() => {
    const head = headRef.current
    const scroller = scrollerRef.current
    if (!head || !scroller) return
    const follow = (leader: HTMLElement, follower: HTMLElement) => () => {
      if (follower.scrollLeft !== leader.scrollLeft) follower.scrollLeft = leader.scrollLeft
      scrollLeftByDate.set(date, leader.scrollLeft)
    }
    const fromHead = follow(head, scroller)
    const fromScroller = follow(scroller, head)
    head.addEventListener('scroll', fromHead, { passive: true })
    scroller.addEventListener('scroll', fromScroller, { passive: true })
    return () => {
      head.removeEventListener('scroll', fromHead)
      scroller.removeEventListener('scroll', fromScroller)
    }
  }, [date])

  const sizes = {
    '--grid-rooms': layout.columns.length,
    '--grid-minute': `${minutePx}px`,
    '--grid-height': `${layout.slots * SLOT_MINUTES * minutePx}px`,
  } as CSSProperties
  return (
    <section
      className="timeline-grid"
      aria-label={`${formatDay(date, locale)}, by room`}
      style={sizes}
    >
      <div ref={headRef} className="timeline-grid__head" aria-hidden="true">
        <div className="timeline-grid__corner">
          {layout.talks.length > 0 && zoneName(layout.origin, timeZone, locale)}
        </div>
        {layout.columns.map((column) => (
          <div key={column.id} className="timeline-grid__room">
            {column.name}
          </div>
        ))}
      </div>
      <div ref={scrollerRef} className="timeline-grid__scroller">
        <div ref={canvasRef} className="timeline-grid__canvas">
          <div className="timeline-grid__times" aria-hidden="true">
            {hours.map(({ slot, text, hour }) => (
              <span
                key={slot}
                className={`timeline-grid__time${hour ? ' timeline-grid__time--hour' : ''}`}
                style={{ top: slot * SLOT_MINUTES * minutePx }}
              >
                {text}
              </span>
            ))}
            {nowTop !== null && (
              <span className="timeline-grid__now-label" style={{ top: nowTop }}>
                Now
              </span>
            )}
          </div>
          <div className="timeline-grid__body">
            <ol className="timeline-grid__talks">
              {shown.map((placed) => {
                const { talk } = placed
                return (
                  <GridTalk
                    key={talk.id}
                    talk={talk}
                    room={layout.columns[placed.column]!.name}
                    authors={authorsOf(model, talk)}
                    top={top(placed.start)}
                    height={top(placed.end) - top(placed.start)}
                    column={placed.column}
                    lane={placed.lane}
                    lanes={placed.lanes}
                    state={status.get(talk.id)?.state}
                    starred={starred.has(talk.id)}
                    timeZone={timeZone}
                    locale={locale}
                    position={placed.index + 1}
                    count={layout.talks.length}
                  />
                )
              })}
            </ol>
            {nowTop !== null && (
              <div className="timeline-grid__now" style={{ top: nowTop }} aria-hidden="true" />
            )}
          </div>
        </div>
      </div>
    </section>
  )
}

function halfHours(layout: GridLayout, timeZone: string, locale: string) {
  const labels: { slot: number; text: string; hour: boolean }[] = []
  for (let slot = 0; slot < layout.slots; slot++) {
    const at = layout.origin + slot * SLOT_MS
    const minute = wallMinute(at, timeZone)
    if (minute % 30 === 0)
      labels.push({ slot, text: formatTime(at, timeZone, locale), hour: minute === 0 })
  }
  return labels
}

const authorLines = new WeakMap<object, string>()

/** The authors' names, one string per talk object, so a memoised box sees the same value on every render. */
function authorsOf(model: ScheduleModel, talk: object & Parameters<typeof authorNames>[1]) {
  let line = authorLines.get(talk)
  if (line === undefined) authorLines.set(talk, (line = authorNames(model, talk).join(', ')))
  return line
}

/**
 * Carries out the page's scroll requests in the grid: what is on now (a fresh visit, "Jump to now": the window
 * scrolls to its time; focused, its box is brought into view across the rooms too) and where the reader was (Back,
 * with the rooms scrolled as they were).
 */
function useGridScrollRequests({
  date,
  layout,
  scrollRequest,
  onScrolled,
  canvasRef,
  headRef,
  top,
}: {
  date: string
  layout: GridLayout
  scrollRequest: SessionListProps['scrollRequest']
  onScrolled: SessionListProps['onScrolled']
  canvasRef: RefObject<HTMLDivElement | null>
  headRef: RefObject<HTMLDivElement | null>
  top: (epoch: number) => number
}) {
  const topOf = useRef(top)
  topOf.current = top
  useEffect(() => {
    if (!scrollRequest) return
    const scroller = canvasRef.current?.parentElement
    if (scrollRequest.kind === 'offset') {
      window.scrollTo(0, scrollRequest.top)
      if (scroller) scroller.scrollLeft = scrollLeftByDate.get(date) ?? 0
      onScrolled(scrollRequest.id)
      return
    }
    const placed = layout.talks.find(({ talk }) => talk.id === scrollRequest.talkId)
    const canvas = canvasRef.current
    if (!placed || !canvas || (scrollRequest.unlessScrolled && readerHasScrolled())) {
      onScrolled(scrollRequest.id)
      return
    }
    // Below the sticky header and room names, with a little of what came before in view.
    const covered = visibleBand().top + (headRef.current?.offsetHeight ?? 0)
    const canvasTop = canvas.getBoundingClientRect().top + window.scrollY
    const talkTop = topOf.current(placed.start)
    window.scrollTo(0, Math.max(0, canvasTop + talkTop - covered - SLOT_MINUTES))
    if (!scrollRequest.focus) {
      onScrolled(scrollRequest.id)
      return
    }
    // The talk renders once the window's scroll reaches the grid's virtualizer; then it takes the focus.
    let frames = 0
    let frame = requestAnimationFrame(function reveal() {
      const link = document
        .getElementById(`talk-${placed.talk.id}`)
        ?.querySelector<HTMLElement>('a[href]')
      if (link) link.focus()
      if (link || ++frames > 30) onScrolled(scrollRequest.id)
      else frame = requestAnimationFrame(reveal)
    })
    return () => cancelAnimationFrame(frame)
  }, [scrollRequest, onScrolled, layout, date, canvasRef, headRef])
}
