import {
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useLocation, useNavigationType, useSearchParams } from 'react-router-dom'
import { PageTitle } from '../../components/page-title'
import { ZoneSwitch } from '../../components/zone-switch'
import { useOutline } from '../../data/outline-context'
import { useBackgroundDaySchedule, useDaySchedule } from '../../data/use-schedule'
import { useNow } from '../../lib/clock'
import { timelineDay } from '../../lib/conference-day'
import { calendarDate, formatDay } from '../../lib/format-time'
import { liveStatus, nowTarget, type LiveInfo } from '../../lib/live-status'
import {
  filterValuesOf,
  knownFilters,
  readScheduleFilters,
  writeScheduleFilters,
  type ScheduleFilters,
} from '../../lib/schedule-filters'
import { useLocale } from '../../lib/time-display'
import { DayPicker } from './day-picker'
import { LazyTimelineGrid } from './grid/lazy-timeline-grid'
import type { ScrollRequest, ScrollTarget } from './scroll-request'
import { SessionList } from './session-list'
import { FilterPart, offeredFilters, TimelineFilters } from './timeline-filters'
import { sessionsMatching, timelinePlan } from './timeline-plan'
import { useElementOnScreen } from './use-on-screen'
import { useGridView, useWideScreen, ViewSwitch } from './view-switch'
import { arrivedAt, isFreshVisit, rememberScroll, savedScroll } from './visit-memory'
import './timeline.css'

const NO_STATUS: ReadonlyMap<string, LiveInfo> = new Map()

/**
 * The sessions of one conference day (the one asked for in ?day=, else today's, else the first), optionally only
 * the talks in one room, track or type (?room=, ?track=, ?type=: src/lib/schedule-filters.ts), each talk with its
 * live state. On a fresh visit during the session it scrolls to what is on now. Only the day shown is loaded (and
 * today's, for "Jump to now"): a whole conference is five times the work; the filters' values for the whole
 * conference come in every day's file.
 */
export function TimelinePage() {
  const { days: conferenceDays, conference } = useOutline()
  const dates = useMemo(() => conferenceDays.map((day) => day.date), [conferenceDays])
  const [searchParams, setSearchParams] = useSearchParams()
  const location = useLocation()
  const navigationType = useNavigationType()
  const now = useNow()
  const locale = useLocale()

  const today = now === null ? null : calendarDate(now, conference.timeZone)
  const todayListed = today !== null && dates.includes(today) ? today : null
  const wantedDay = timelineDay(dates, searchParams.get('day'), today)
  // Another day keeps the current one on screen while it loads, rather than a loading view.
  const shownDay = useDeferredValue(wantedDay)
  const model = useDaySchedule(shownDay)
  const todayModel = useBackgroundDaySchedule(todayListed === shownDay ? null : todayListed)
  const plan = timelinePlan(model)
  const day = shownDay === undefined ? undefined : plan.dayByDate.get(shownDay)
  const todayPlan =
    todayListed === null
      ? undefined
      : todayListed === shownDay
        ? day
        : todayModel && timelinePlan(todayModel).dayByDate.get(todayListed)
  const values = model.schedule.filterValues
  const givenFilters = readScheduleFilters(searchParams)
  const filters = knownFilters(givenFilters, filterValuesOf(dates, values))
  const { room, track, type } = filters
  const sessions = useMemo(
    () => (day ? sessionsMatching(day, filters) : []),
    // The filters' values, not the object, which is read anew each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [day, room, track, type],
  )
  const grid = useGridView(searchParams, model.schedule.rooms.length)
  const wide = useWideScreen()

  // Live state for the day shown; a later day has none yet (its first slot is not "next" today).
  const status = useMemo(() => {
    if (now === null || !day || !today || day.date > today) return NO_STATUS
    return liveStatus(day.sessions, now)
  }, [now, day, today])
  const todayTarget = useMemo(() => {
    if (now === null || !todayPlan) return null
    const todaySessions = todayPlan === day ? sessions : sessionsMatching(todayPlan, filters)
    const todayStatus = todayPlan === day ? status : liveStatus(todayPlan.sessions, now)
    return nowTarget(todaySessions, todayStatus)
    // The filters' values, as above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [now, todayPlan, day, sessions, status, room, track, type])

  const requestId = useRef(0)
  // Opened fresh during the session with the clock already running (rendered, not hydrated), the list mounts with
  // the arrival's request in hand: a long one then starts at what is on now instead of the top of the day.
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest | null>(() =>
    now !== null && todayTarget && todayPlan === day && isFreshVisit(location.key, navigationType)
      ? {
          kind: 'talk',
          talkId: todayTarget,
          focus: false,
          unlessScrolled: true,
          id: 0,
        }
      : null,
  )
  const arrivedWithRequest = useRef(scrollRequest !== null)
  const request = useCallback((target: ScrollTarget) => {
    setScrollRequest({ ...target, id: ++requestId.current })
  }, [])
  const onScrolled = useCallback(
    (id: number) => setScrollRequest((current) => (current?.id === id ? null : current)),
    [],
  )

  // Coming Back: return to where the reader was. A fresh visit during the session: go to what is on now (once, and
  // only if the reader has not scrolled yet).
  const arrival = useRef<'pending' | 'done'>('pending')
  const fresh = useRef<boolean | null>(null)
  useEffect(() => {
    if (arrival.current === 'done') return
    if (fresh.current === null) {
      fresh.current = isFreshVisit(location.key, navigationType)
      arrivedAt(location.key)
    }
    if (!fresh.current) {
      arrival.current = 'done'
      const top = savedScroll(location.key)
      if (top !== undefined) request({ kind: 'offset', top })
      return
    }
    if (now === null) return // wait for the clock (after hydration)
    arrival.current = 'done'
    if (arrivedWithRequest.current) return
    if (todayTarget && todayPlan === day)
      request({ kind: 'talk', talkId: todayTarget, focus: false, unlessScrolled: true })
  }, [location.key, navigationType, now, todayTarget, todayPlan, day, request])
  useEffect(() => () => rememberScroll(location.key, window.scrollY), [location.key])

  // "Jump to now" from another day switches to today first, then scrolls once today's list is there.
  const pendingJump = useRef(false)
  const jumpToNow = () => {
    if (!todayTarget || !todayPlan) return
    if (day !== todayPlan) {
      pendingJump.current = true
      setSearchParams((params) => {
        params.set('day', todayPlan.date)
        return params
      })
      return
    }
    request({ kind: 'talk', talkId: todayTarget, focus: true })
  }
  useEffect(() => {
    if (pendingJump.current && day === todayPlan && todayTarget) {
      pendingJump.current = false
      request({ kind: 'talk', talkId: todayTarget, focus: true })
    }
  }, [day, todayPlan, todayTarget, request])

  // The control is for getting back to now: while what is on now is on screen, it would only cover a row.
  const nowOnScreen = useElementOnScreen(
    todayTarget && todayPlan === day ? `talk-${todayTarget}` : null,
  )

  // A filter chosen lands where a fresh visit would in the filtered list: during the conference today's, on what
  // is on now or next, not the old scroll position (it was in another list); otherwise the top of the filtered day.
  const pendingLanding = useRef(false)
  const setFilters = (next: Partial<ScheduleFilters>) => {
    pendingLanding.current = true
    setSearchParams(
      (params) => writeScheduleFilters(params, todayListed ? { ...next, day: todayListed } : next),
      { replace: true },
    )
  }
  useEffect(() => {
    if (!pendingLanding.current || wantedDay !== shownDay) return
    pendingLanding.current = false
    if (todayTarget && todayPlan === day)
      request({ kind: 'talk', talkId: todayTarget, focus: false })
    else window.scrollTo(0, 0)
    // `sessions`: the filtered list, new once the URL's filters are read, whether or not the day changed.
  }, [wantedDay, shownDay, sessions, todayTarget, todayPlan, day, request])
  const filtered = room !== null || track !== null || type !== null
  const offered = offeredFilters(values)

  const firstStart = day?.sessions[0]?.session.start ?? model.talks[0]?.start
  return (
    <div className="timeline">
      <PageTitle site={conference.name} />
      {/* The zone switch appears after hydration, beside the title, where it pushes nothing down. */}
      <div className="timeline__header">
        <h1 className="timeline__title">Timeline</h1>
        {/* On a wide screen, after hydration: the prerendered page is the list, whatever ?view= says. */}
        {wide && model.schedule.rooms.length > 1 && (
          <Suspense fallback={null}>
            <ViewSwitch search={searchParams} rooms={model.schedule.rooms.length} />
          </Suspense>
        )}
        {firstStart && <ZoneSwitch conferenceZone={conference.timeZone} at={firstStart} />}
      </div>
      {(dates.length > 1 || offered.length > 0) && (
        <div className="timeline__filters">
          {dates.length > 1 && day && (
            <DayPicker
              dates={dates}
              selected={day.date}
              today={todayListed}
              search={searchParams}
              locale={locale}
            />
          )}
          <TimelineFilters
            values={values}
            offered={offered}
            filters={filters}
            onChange={setFilters}
          />
        </div>
      )}
      {(givenFilters.room ?? givenFilters.track ?? givenFilters.type) !== null && (
        <Suspense>
          <FilterPart part="unknown" given={givenFilters} known={filters} />
        </Suspense>
      )}
      {day ? (
        <section
          aria-labelledby="timeline-day"
          aria-busy={wantedDay !== shownDay || undefined}
          className="timeline__day"
        >
          <h2 id="timeline-day" className="timeline__day-title" suppressHydrationWarning>
            {formatDay(day.date, locale)}
          </h2>
          {/* Says what a filter did, where a sighted reader sees the list change. */}
          <p role="status" className="visually-hidden">
            {filtered && (
              <Suspense>
                <FilterPart part="count" sessions={sessions} />
              </Suspense>
            )}
          </p>
          {sessions.length > 0 && grid ? (
            <LazyTimelineGrid
              key={`${day.date}|${room}|${track}|${type}`}
              date={day.date}
              sessions={sessions}
              model={model}
              status={status}
              scrollRequest={scrollRequest}
              onScrolled={onScrolled}
            />
          ) : sessions.length > 0 ? (
            <SessionList
              key={`${day.date}|${room}|${track}|${type}`}
              sessions={sessions}
              model={model}
              status={status}
              scrollRequest={scrollRequest}
              onScrolled={onScrolled}
            />
          ) : (
            <Suspense>
              <FilterPart
                part="empty"
                date={day.date}
                values={values}
                filters={filters}
                search={searchParams}
                locale={locale}
                onChange={setFilters}
              />
            </Suspense>
          )}
        </section>
      ) : (
        <p className="timeline__empty">The schedule has no sessions yet.</p>
      )}
      {todayTarget && !nowOnScreen && (
        // Floating at the bottom edge, so it is at hand anywhere in a long day and shifts no content when it appears;
        // after the day in the page, so Tab reaches it where it shows, below the talks. On a short viewport it stays
        // here in the flow rather than cover a quarter of the screen (timeline.css).
        <button type="button" className="timeline__jump" onClick={jumpToNow}>
          Jump to now
        </button>
      )}
    </div>
  )
}
