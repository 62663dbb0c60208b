/**
 * The record's storage key and the one check the shell makes on every page: is there a notice to show? Part of the
 * initial JS, so it stays a few lines; the record itself (changes-record.ts) loads only when this says yes, or with
 * the views that read it.
 */
export const CHANGES_KEY = 'plenary:changes'

/** Whether the stored record holds a pending notice; false when there is none, or storage cannot be read. */
export function changesNoticeStored(): boolean {
  try {
    return (
      (JSON.parse(window.localStorage.getItem(CHANGES_KEY) ?? '{}') as { notice?: number })
        .notice! > 0
    )
  } catch {
    return false
  }
}
