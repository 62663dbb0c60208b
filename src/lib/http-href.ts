/**
 * A dataset URL fit for an `href`: absolute http(s), else undefined. The importers and the build's validator already
 * keep only such URLs; the app checks again wherever it makes a link from data, because the dataset is a file anyone
 * may edit and a `javascript:` link is a script.
 */
export function httpHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}
