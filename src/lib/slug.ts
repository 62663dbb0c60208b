/**
 * The URL slug of a title or name: NFKD, accents dropped, lowercase, every run of characters other than a-z and 0-9
 * becomes one '-', no leading or trailing '-'. "How Does Batch Normalization Help Optimization?" becomes
 * "how-does-batch-normalization-help-optimization".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** The slug of `text`, made unique against `taken` with -2, -3, ... (and recorded there). */
export function uniqueSlug(text: string, taken: Set<string>, fallback = 'item'): string {
  const base = slugify(text) || fallback
  let slug = base
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`
  taken.add(slug)
  return slug
}

/**
 * An id made from a source's own slug or code ("3VNNBK-efficient-git", "kristof_beyls", "SCD9VJ"): NFC, lowercase,
 * every run of characters other than letters, marks and digits becomes one '-', no '-' at either end. Unlike
 * `slugify` it keeps letters of every script, so a CJK slug stays readable: the dataset's id rule allows them.
 */
export function sourceId(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
}
