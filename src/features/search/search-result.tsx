import { memo } from 'react'
import { KindBadge } from '../../components/kind-badge'
import { StarButton } from '../../components/star-button'
import { TalkTime } from '../../components/talk-time'
import { authorNames, type ScheduleModel } from '../../data/schedule-model'
import type { TalkSummary } from '../../data/types'
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
  talk: TalkSummary
  model: ScheduleModel
  marks: ReadonlySet<string>
  acronyms: readonly string[]
}) {
  const session = model.sessionById.get(talk.sessionId)
  const locale = useLocale()
  return (
    <li className="search-result">
      <div className="search-result__body">
        <p className="search-result__meta">
          {/* Several days: the time alone would not say when. */}
          {session && model.schedule.days.length > 1 && (
            <span className="search-result__day">{formatDayShort(session.day, locale)}</span>
          )}
          <TalkTime
            start={talk.start}
            end={talk.end}
            timeZone={model.schedule.conference.timeZone}
          />
          <KindBadge kind={talk.kind} />
        </p>
        <Link to={paths.talk.href(talk.id)} className="search-result__title">
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
        {session && (
          <AbstractSnippet talkId={talk.id} abstractsFile={session.abstractsFile} marks={marks} />
        )}
      </div>
      <StarButton talkId={talk.id} title={talk.title} />
    </li>
  )
})
