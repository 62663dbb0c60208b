import { useQueryClient } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { PageTitle } from '../../components/page-title'
import { StarButton } from '../../components/star-button'
import { StatusMessage } from '../../components/status-message'
import type { ScheduleModel } from '../../data/schedule-model'
import { useUnseenChanges } from '../../lib/changes/changes-record'
import { downloadFile } from '../../lib/download-file'
import { paths } from '../../lib/paths'
import { shareOrCopy } from '../../lib/share-link'
import { absoluteUrl, siteUrl } from '../../lib/site-url'
import type { ShareIndex } from '../../lib/stars/share-code'
import { useStarredIds } from '../../lib/stars/stars'
import { count } from './add-result-message'
import { AgendaBackupPanel } from './agenda-backup-panel'
import { AgendaDays } from './agenda-days'
import { agendaShareHref } from './agenda-link'
import { AgendaMissing } from './agenda-missing'
import { buildAgenda } from './agenda-model'
import { agendaIcs } from './export-agenda'
import { SetAsidePanel } from './set-aside-panel'
import { Link } from '../../components/link'

/** Your starred talks by day, with calendar export, a share link and a backup. */
export function MyAgenda({ model, index }: { model: ScheduleModel; index: ShareIndex }) {
  const ids = useStarredIds()
  const changed = useUnseenChanges()
  const changedCount = [...changed.keys()].filter((id) => ids.has(id)).length
  const agenda = useMemo(() => buildAgenda(model, ids), [model, ids])
  const { conference } = model.schedule
  const isEmpty = agenda.talkCount === 0 && agenda.missingIds.length === 0

  return (
    <div className="agenda-page">
      <PageTitle title="Agenda" site={conference.name} />
      <h1>Your agenda</h1>
      <p className="agenda-changes-link">
        <Link to={paths.changes.href()}>
          Schedule changes
          {changedCount > 0 && ' '}
          {changedCount > 0 && (
            <span className="agenda-changes-link__count">{changedCount} new</span>
          )}
        </Link>
      </p>
      {isEmpty ? (
        <div className="agenda-empty">
          <p>No starred talks yet.</p>
          <p>
            Tap the star beside a talk on the <Link to={paths.timeline.href()}>timeline</Link> and
            it appears here, in time order, with clashes flagged.
          </p>
        </div>
      ) : (
        <>
          {agenda.talkCount > 0 ? (
            <>
              <p className="agenda-summary">
                {count(agenda.talkCount, 'talk')}
                {agenda.clashCount > 0 && ` · ${count(agenda.clashCount, 'clash', 'clashes')}`}
                <span className="agenda-summary__print"> · {conference.name}</span>
              </p>
              <AgendaActions model={model} ids={ids} index={index} />
              <AgendaDays
                days={agenda.days}
                model={model}
                action={(item) => <StarButton talkId={item.talk.id} title={item.talk.title} />}
                changed={changed}
              />
            </>
          ) : (
            <p className="agenda-summary">
              None of your starred talks is in the current schedule, so there is nothing to export
              or share.
            </p>
          )}
        </>
      )}
      <AgendaMissing ids={agenda.missingIds} />
      <SetAsidePanel model={model} />
      <AgendaBackupPanel model={model} />
    </div>
  )
}

type ShareState = { step: 'idle' } | { step: 'done'; url: string; message: string }

function AgendaActions({
  model,
  ids,
  index,
}: {
  model: ScheduleModel
  ids: ReadonlySet<string>
  index: ShareIndex
}) {
  const queryClient = useQueryClient()
  const reminderId = useId()
  const [reminder, setReminder] = useState(true)
  const [exporting, setExporting] = useState(false)
  const [share, setShare] = useState<ShareState>({ step: 'idle' })
  const { conference } = model.schedule

  async function exportCalendar() {
    setExporting(true)
    try {
      const talks = buildAgenda(model, ids).days.flatMap((day) => day.items.map((i) => i.talk))
      const ics = await agendaIcs(queryClient, model, talks, { siteUrl: siteUrl(), reminder })
      downloadFile(`${conference.id}-agenda.ics`, ics, 'text/calendar;charset=utf-8')
    } finally {
      setExporting(false)
    }
  }

  async function shareAgenda() {
    const url = absoluteUrl(agendaShareHref(index, ids))
    const outcome = await shareOrCopy({ title: `My agenda · ${conference.name}`, url })
    const message = {
      shared: 'Agenda link shared.',
      copied: 'Link copied. Anyone who opens it sees these talks and can add them.',
      cancelled: '',
      failed: 'Copy this link to share your agenda:',
    }[outcome]
    setShare(outcome === 'cancelled' ? { step: 'idle' } : { step: 'done', url, message })
  }

  return (
    <div className="agenda-actions">
      <div className="agenda-actions__buttons">
        <button
          type="button"
          className="action-button action-button--primary agenda-button"
          disabled={exporting}
          onClick={() => void exportCalendar()}
        >
          Export to calendar
        </button>
        <button
          type="button"
          className="action-button agenda-button"
          onClick={() => void shareAgenda()}
        >
          Share agenda
        </button>
      </div>
      <div className="agenda-actions__option">
        <input
          id={reminderId}
          type="checkbox"
          checked={reminder}
          onChange={(event) => setReminder(event.target.checked)}
        />
        <label htmlFor={reminderId}>Calendar reminder 10 min before</label>
      </div>
      <StatusMessage className="agenda-actions__status">
        {share.step === 'done' && (
          <>
            <p>{share.message}</p>
            <input
              className="agenda-share-url"
              readOnly
              aria-label="Agenda link"
              value={share.url}
              onFocus={(event) => event.currentTarget.select()}
            />
          </>
        )}
      </StatusMessage>
    </div>
  )
}
