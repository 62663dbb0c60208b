/**
 * The limits on what stars, backups and share links may hold: one place, so the store, the backup reader and the
 * share links agree. They bound the work (and the storage) a hand-made file or link can cause.
 */

/** The most stars an agenda holds. More than any attendee picks; a bulk add (restore, shared link) stops here. */
export const MAX_STARS = 2000

/** A backup of MAX_STARS talks with titles is well under 1 MB; a larger file is refused before it is parsed. */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024

/** A share link's path and query stay under this, so any host, chat or mail client takes it whole. */
export const MAX_SHARE_LENGTH = 2000

/** Ids read from an old comma-joined share link at most: more than any agenda holds, it bounds a hand-made link. */
export const MAX_SHARED_IDS = 5000

/** "7.2 MB", "340 KB": a size as a person reads it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
