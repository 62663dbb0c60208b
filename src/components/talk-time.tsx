import { formatTimeRange } from '../lib/format-time'

/** A talk's time range in the conference's zone, as a <time> that machines can read too. */
export function TalkTime({
  start,
  end,
  timeZone,
}: {
  start: string
  end: string
  timeZone: string
}) {
  return (
    <time dateTime={start} className="talk-time">
      {formatTimeRange(start, end, timeZone)}
    </time>
  )
}
