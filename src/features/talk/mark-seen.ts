import { CHANGES_KEY } from '../../lib/changes/changes-record-key'

/**
 * Marks the talk's recorded schedule changes seen. The record's code loads only when the stored record has unseen
 * changes at all (or storage is blocked, when this tab's record lives in memory): most talk pages never need it.
 */
export function markSeenWhenChanged(talkId: string) {
  try {
    if (!window.localStorage.getItem(CHANGES_KEY)?.includes('"seen":false')) return
  } catch {
    // Storage blocked: whatever this tab recorded is in memory.
  }
  import('../../lib/changes/changes-record').then(
    ({ markTalkSeen }) => markTalkSeen(talkId),
    () => {},
  )
}
