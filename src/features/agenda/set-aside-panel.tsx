import { useMemo, useState } from 'react'
import { StatusMessage } from '../../components/status-message'
import type { ScheduleModel } from '../../data/schedule-model'
import { downloadFile } from '../../lib/download-file'
import { salvageIds } from '../../lib/stars/star-record'
import { useStarStore, withStars, type SetAside } from '../../lib/stars/stars'
import { count } from './add-result-message'
import { restoreKnown } from './agenda-backup-panel'

const NONE: readonly SetAside[] = []

/**
 * Star data this browser could not read and set aside (a whole unreadable value, or single bad entries): what can
 * still be read of it is offered back, and the copy can be downloaded or discarded. Shown only while there is one.
 */
export function SetAsidePanel({ model }: { model: ScheduleModel }) {
  const setAside = useStarStore((stars) => stars.getSetAside(), NONE)
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; message: string } | null>(null)
  const ids = useMemo(
    () => [...new Set(setAside.flatMap((copy) => salvageIds(copy.raw)))],
    [setAside],
  )

  if (setAside.length === 0)
    return (
      <StatusMessage className="agenda-set-aside__status">
        {result && <p>{result.message}</p>}
      </StatusMessage>
    )

  function restore() {
    withStars((stars) => {
      const now = Date.now()
      const outcome = restoreKnown(
        stars,
        model,
        ids.map((id) => ({ id, at: now })),
      )
      setResult(outcome)
      // Once all that can be read of it is back, the copy has done its work.
      if (outcome.kind === 'ok' && outcome.skipped === 0)
        stars.discardSetAside(setAside.map((copy) => copy.key))
    })
  }

  function download() {
    const text = setAside.map((copy) => `${copy.key}\n${copy.raw}\n`).join('\n')
    downloadFile('plenary-stars-set-aside.txt', text, 'text/plain;charset=utf-8')
  }

  return (
    <section className="agenda-backup agenda-set-aside" aria-labelledby="agenda-set-aside-title">
      <h2 id="agenda-set-aside-title">Set-aside stars</h2>
      <p className="agenda-backup__note">
        Some saved star data could not be read, so it was set aside and the rest kept.{' '}
        {ids.length > 0
          ? `${count(ids.length, 'entry', 'entries')} can still be read from it.`
          : 'Nothing in it can be read as a star; you can download it to look at it.'}
      </p>
      <div className="agenda-actions__buttons">
        {ids.length > 0 && (
          <button
            type="button"
            className="action-button action-button--primary agenda-button"
            onClick={restore}
          >
            Restore {count(ids.length, 'set-aside entry', 'set-aside entries')}
          </button>
        )}
        <button type="button" className="action-button agenda-button" onClick={download}>
          Download it
        </button>
        <button
          type="button"
          className="action-button agenda-button"
          onClick={() =>
            withStars((stars) => {
              stars.discardSetAside(setAside.map((copy) => copy.key))
              setResult({ kind: 'ok', message: 'The set-aside copy was discarded.' })
            })
          }
        >
          Discard it
        </button>
      </div>
      <StatusMessage className="agenda-set-aside__status">
        {result?.kind === 'ok' && <p>{result.message}</p>}
      </StatusMessage>
      <StatusMessage role="alert" className="agenda-set-aside__status">
        {result?.kind === 'error' && <p>{result.message}</p>}
      </StatusMessage>
    </section>
  )
}
