import type { PrintedSession, PrintedLine } from './parse-session-page'

/**
 * An explicit fix of an artifact of the source page. Each one names the talk by its printed title, the field, the
 * exact text to find and its replacement, and why. A correction whose text is no longer found fails the import, so a
 * fixed source never leaves a stale correction behind unnoticed.
 */
export interface Correction {
  talk: string
  field: 'title' | 'authors' | 'abstract'
  find: string
  replace: string
  why: string
}

export function applyCorrections(
  session: PrintedSession,
  corrections: readonly Correction[],
): PrintedSession {
  const talks = session.talks.map((talk) => ({
    ...talk,
    title: { ...talk.title },
    authors: { ...talk.authors },
    abstract: talk.abstract.map((p) => ({ ...p })),
  }))
  for (const correction of corrections) {
    const talk = talks.find((t) => t.title.text === correction.talk)
    if (!talk)
      throw new Error(`correction for "${correction.talk}": no talk with that printed title`)
    const fields: PrintedLine[] =
      correction.field === 'abstract' ? talk.abstract : [talk[correction.field]]
    let found = false
    for (const field of fields) {
      if (!field.text.includes(correction.find)) continue
      found = true
      field.text = field.text.replaceAll(correction.find, correction.replace)
    }
    if (!found)
      throw new Error(
        `correction for "${correction.talk}": "${correction.find}" is not in its ${correction.field}`,
      )
  }
  return { ...session, talks }
}
