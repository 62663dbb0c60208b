import { useRef, useState } from 'react'
import type { ScheduleModel } from '../../data/schedule-model'
import { StatusMessage } from '../../components/status-message'
import { downloadFile } from '../../lib/download-file'
import { useStarredIds, withStars, type StarEntry, type StarStore } from '../../lib/stars/stars'
import { backupFileName, makeBackup, readBackup } from './agenda-backup'

type Result = { kind: 'ok' | 'error'; message: string } | null

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
    const read = readBackup(await file.text())
    if (!read.ok) {
      setResult({ kind: 'error', message: read.message })
      return
    }
    withStars((stars) => restoreInto(stars, read.entries))
  }

  function restoreInto(stars: StarStore, entries: StarEntry[]) {
    const before = stars.getStarredIds()
    const total = new Set(entries.map((entry) => entry.id)).size
    const already = entries.filter((entry) => before.has(entry.id)).length
    const added = stars.restore(entries)
    setResult({
      kind: 'ok',
      message:
        total === 0
          ? 'The backup has no starred talks.'
          : `Restored ${added} ${added === 1 ? 'talk' : 'talks'}` +
            (already > 0 ? `; ${already} ${already === 1 ? 'was' : 'were'} already starred.` : '.'),
    })
  }

  return (
    <section className="agenda-backup" aria-labelledby="agenda-backup-title">
      <h2 id="agenda-backup-title">Backup</h2>
      <p className="agenda-backup__note">
        Keep a copy of your stars, or move them to another device. Restoring adds to the stars
        already here; it never removes any.
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
