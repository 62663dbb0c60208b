import { memo } from 'react'
import { KindBadge } from '../../components/kind-badge'
import { StarButton } from '../../components/star-button'
import { TalkTime } from '../../components/talk-time'
import { CancelledBadge } from '../../components/cancelled-badge'
import { authorNames, dayOfTalk, roomOfTalk, type ScheduleModel } from '../../data/schedule-model'
import type { ScheduleTalk } from '../../data/types'
import { formatDayShort } from '../../lib/format-time'
import { paths } from '../../lib/paths'
import { useLocale } from '../../lib/time-display'
import { AbstractSnippet } from './abstract-snippet'
import { highlight } from './highlight'
import { MarkedText } from './marked-text'
import { Link } from '../../components/link'

/** One result: day (when there are several), time and kind, the title (matched words marked) linking to the talk, authors, snippet, star. */
export const SearchResult = memo(function SearchResult({
  talk,
  model,
  marks,
  acronyms,
}: {
  talk: ScheduleTalk
  model: ScheduleModel
  marks: ReadonlySet<string>
  acronyms: readonly string[]
}) {
  const locale = useLocale()
  const room = model.schedule.rooms.length > 1 ? roomOfTalk(model, talk)?.name : undefined
  return (
    <li className="search-result">
      <div className="search-result__body">
        <p className="search-result__meta">
          {/* Several days: the time alone would not say when. */}
          {model.schedule.days.length > 1 && (
            <span className="search-result__day">
              {formatDayShort(dayOfTalk(talk, model.schedule, model.sessionById), locale)}
            </span>
          )}
          <TalkTime
            start={talk.start}
            end={talk.end}
            timeZone={model.schedule.conference.timeZone}
          />
          <CancelledBadge talk={talk} />
          <KindBadge kind={talk.kind} type={talk.type} />
          {room && <span>{room}</span>}
        </p>
        <Link to={paths.talk.href(talk.id)} className="search-result__title" lang={talk.language}>
          <MarkedText segments={highlight(talk.title, marks, acronyms)} />
        </Link>
        <p className="search-result__authors">
          {authorNames(model, talk).map((name, i) => (
            <span key={i}>
              {i > 0 && ', '}
              <MarkedText segments={highlight(name, marks)} />
            </span>
          ))}
        </p>
        <AbstractSnippet talk={talk} schedule={model.schedule} marks={marks} />
      </div>
      <StarButton talkId={talk.id} title={talk.title} />
    </li>
  )
})
