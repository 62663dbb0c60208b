/**
 * The record's storage key and the one check the shell makes on every page: is there a notice to show? Part of the
 * initial JS, so it stays a few lines; the record itself (changes-record.ts) loads only when this says yes, or with
 * the views that read it.
 */
export const CHANGES_KEY = 'plenary:changes'

/**
 * Whether the stored record holds a pending notice; false when there is none, or storage cannot be read. A test of
 * the text rather than a parse: at FOSDEM the record can hold hundreds of changes, and this runs on every render of
 * the shell. JSON escapes the quotes of any text inside, so only the record's own field matches.
 */
export function changesNoticeStored(): boolean {
  try {
    return /"notice":[1-9]/.test(window.localStorage.getItem(CHANGES_KEY) ?? '')
  } catch {
    return false
  }
}

/**
 * Hears the record change: in another tab (the browser's `storage` event), or in this one, where changes-record.ts
 * dispatches a `storage` event of its own after saving, so this stays one listener.
 */
export function subscribeToChangesNotice(listener: () => void): () => void {
  window.addEventListener('storage', listener)
  return () => window.removeEventListener('storage', listener)
}
