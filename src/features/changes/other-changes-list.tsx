import { useEffect, useMemo, useRef, useState } from 'react'
import { mainChange } from '../../lib/changes/changes-record'
import type { ChangedTalk, TalkChange } from '../../lib/changes/change-types'
import type { OtherChanges } from '../../lib/changes/changes-record'
import type { TimeDisplay } from '../../lib/time-display'
import { ChangeEntry } from './change-entry'

/** Talks shown per group until the reader asks for the rest: at FOSDEM one update can touch hundreds. */
export const GROUP_PREVIEW = 10

const GROUPS: readonly (readonly [TalkChange['kind'], string])[] = [
  ['cancelled', 'Cancelled'],
  ['removed', 'No longer in the schedule'],
  ['time', 'Moved to another time'],
  ['room', 'Moved to another room'],
  ['reinstated', 'Back on the schedule'],
  ['added', 'New in the schedule'],
  ['title', 'Renamed'],
  ['id', 'New links'],
]

/**
 * "Other changes since your last visit": the latest comparison's changes to talks the attendee did not star, grouped
 * by what matters most about each (cancelled first), each group showing its first few until asked for all.
 */
export function OtherChangesList({
  others,
  display,
}: {
  others: OtherChanges
  display: TimeDisplay
}) {
  const groups = useMemo(() => {
    const byKind = new Map<TalkChange['kind'], ChangedTalk[]>()
    for (const talk of others.talks) {
      const kind = mainChange(talk)
      byKind.set(kind, [...(byKind.get(kind) ?? []), talk])
    }
    return GROUPS.flatMap(([kind, heading]) => {
      const talks = byKind.get(kind)
      return talks ? [{ kind, heading, talks }] : []
    })
  }, [others])

  return (
    <section className="changes-section" aria-labelledby="changes-others">
      <h2 id="changes-others">Other changes since your last visit</h2>
      <p className="changes-section__summary">
        {others.talks.length === 1 ? '1 talk' : `${others.talks.length} talks`} changed in the
        latest update.
      </p>
      {groups.map((group) => (
        <ChangeGroup key={group.kind} {...group} display={display} />
      ))}
    </section>
  )
}

function ChangeGroup({
  kind,
  heading,
  talks,
  display,
}: {
  kind: TalkChange['kind']
  heading: string
  talks: ChangedTalk[]
  display: TimeDisplay
}) {
  const [all, setAll] = useState(false)
  const list = useRef<HTMLOListElement>(null)
  const revealed = useRef(false)
  useEffect(() => {
    // The button is gone: focus moves to the first talk it revealed, where reading goes on.
    if (!all || revealed.current) return
    revealed.current = true
    list.current?.children[GROUP_PREVIEW]?.querySelector('a')?.focus()
  }, [all])
  const shown = all ? talks : talks.slice(0, GROUP_PREVIEW)
  const id = `changes-group-${kind}`
  return (
    <section className="changes-group" aria-labelledby={id}>
      <h3 id={id}>
        {heading} <span className="changes-group__count">({talks.length})</span>
      </h3>
      <ol className="changes-list" ref={list}>
        {shown.map((talk) => (
          <ChangeEntry key={talk.talkId} talk={talk} display={display} groupKind={kind} />
        ))}
      </ol>
      {!all && talks.length > shown.length && (
        <button type="button" className="action-button" onClick={() => setAll(true)}>
          Show all {talks.length}
        </button>
      )}
    </section>
  )
}
