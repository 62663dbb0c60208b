import { useRef, useState } from 'react'
import type { ScheduleModel } from '../../data/schedule-model'
import { StatusMessage } from '../../components/status-message'
import { downloadFile } from '../../lib/download-file'
import { useStarredIds, withStars, type StarEntry, type StarStore } from '../../lib/stars/stars'
import { addMessage } from './add-result-message'
import { backupFileName, backupSizeProblem, makeBackup, readBackup } from './agenda-backup'

type Result = { kind: 'ok' | 'error'; message: string } | null

/**
 * Merges entries from a file or a set-aside copy into the stars: only talks this schedule knows are added; the rest
 * are counted and reported. Returns what to tell the attendee.
 */
export function restoreKnown(
  stars: StarStore,
  model: ScheduleModel,
  entries: readonly StarEntry[],
  unreadable = 0,
): { kind: 'ok' | 'error'; message: string; skipped: number } {
  const distinct = new Map<string, StarEntry>()
  for (const entry of entries) if (!distinct.has(entry.id)) distinct.set(entry.id, entry)
  const known = [...distinct.values()].filter((entry) => model.talkById.has(entry.id))
  const unknown = distinct.size - known.length
  if (distinct.size === 0 && unreadable === 0)
    return { kind: 'ok', message: 'The backup has no starred talks.', skipped: 0 }
  const before = stars.getStarredIds()
  const already = known.filter((entry) => before.has(entry.id)).length
  const result = stars.restore(known)
  return {
    kind: result.saved ? 'ok' : 'error',
    message: addMessage('Restored', { result, already, unknown, unreadable }),
    skipped: unknown + unreadable + result.overLimit,
  }
}

/** Download the stars as a JSON file; restore one (merging with the stars already here). */
export function AgendaBackupPanel({ model }: { model: ScheduleModel }) {
  const ids = useStarredIds()
  const fileInput = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<Result>(null)
  const { conference } = model.schedule

  function download(stars: StarStore) {
    const backup = makeBackup(
      stars.getEntries(),
      conference.id,
      (id) => model.talkById.get(id)?.title,
    )
    downloadFile(
      backupFileName(conference.id),
      `${JSON.stringify(backup, null, 2)}\n`,
      'application/json',
    )
  }

  async function restore(file: File) {
    const tooBig = backupSizeProblem(file.size)
    if (tooBig) {
      setResult({ kind: 'error', message: tooBig })
      return
    }
    const read = readBackup(await file.text())
    if (!read.ok) {
      setResult({ kind: 'error', message: read.message })
      return
    }
    withStars((stars) => {
      const { kind, message } = restoreKnown(stars, model, read.entries, read.unreadable)
      setResult({ kind, message })
    })
  }

  return (
    <section className="agenda-backup" aria-labelledby="agenda-backup-title">
      <h2 id="agenda-backup-title">Backup</h2>
      <p className="agenda-backup__note">
        Keep a copy of your stars, or move them to another device. Restoring adds the talks of this
        schedule to the stars already here; it never removes any.
      </p>
      <div className="agenda-actions__buttons">
        {ids.size > 0 && (
          <button
            type="button"
            className="action-button agenda-button"
            onClick={() => withStars(download)}
          >
            Download backup
          </button>
        )}
        <button
          type="button"
          className="action-button agenda-button"
          onClick={() => fileInput.current?.click()}
        >
          Restore from file
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label="Backup file"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            // Cleared so choosing the same file again fires another change.
            event.currentTarget.value = ''
            if (file) void restore(file)
          }}
        />
      </div>
      <StatusMessage className="agenda-backup__status">
        {result?.kind === 'ok' && <p>{result.message}</p>}
      </StatusMessage>
      <StatusMessage role="alert" className="agenda-backup__status agenda-backup__status--error">
        {result?.kind === 'error' && <p>{result.message}</p>}
      </StatusMessage>
    </section>
  )
}
