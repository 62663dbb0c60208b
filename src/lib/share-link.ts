/**
 * Hands a link to the system share sheet where there is one (phones), else copies it. The caller says what happened,
 * so the person always learns where the link went.
 */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

export async function shareOrCopy(data: { title: string; url: string }): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function' && navigator.canShare?.(data) !== false) {
    try {
      await navigator.share(data)
      return 'shared'
    } catch (error) {
      // AbortError: the person closed the share sheet. Anything else: fall back to copying.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
    }
  }
  try {
    await navigator.clipboard.writeText(data.url)
    return 'copied'
  } catch {
    return 'failed'
  }
}
