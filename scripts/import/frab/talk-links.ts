import type { TalkLink } from '../../../src/data/types'
import { httpUrl } from '../rich-text/from-html'
import { classifyLink } from './link-types'
import type { SourceEvent } from './source-schedule'

/**
 * An event's links as one typed list: the event's page (`url`, type event), its attachments and links, then the
 * feedback page. A relative href is resolved against the schedule's base URL. The same URL twice is kept once, the
 * first time it appears (FOSDEM lists "Submit Feedback" beside a `feedback_url` to the same page). A URL that is not
 * http(s) after resolving (mailto:, a typo) is left out and reported, so one bad link does not stop an import.
 */
export function talkLinks(
  event: SourceEvent,
  baseUrl: string | undefined,
  warn: (message: string) => void,
): TalkLink[] {
  const candidates: { url: string; title?: string; type: () => TalkLink['type'] }[] = [
    ...(event.url ? [{ url: event.url, type: () => 'event' as const }] : []),
    ...[
      ...event.links.filter((l) => l.kind === 'attachment'),
      ...event.links.filter((l) => l.kind === 'link'),
    ].map((link) => ({ url: link.url, title: link.title, type: () => classifyLink(link) })),
    ...(event.feedbackUrl ? [{ url: event.feedbackUrl, type: () => 'feedback' as const }] : []),
  ]
  const links: TalkLink[] = []
  for (const candidate of candidates) {
    const url = resolveUrl(candidate.url, baseUrl)
    if (url === undefined) {
      warn(`${event.at('links')}: left out the link "${candidate.url}": not an http(s) URL`)
      continue
    }
    if (links.some((link) => link.url === url)) continue
    const title = candidate.title?.replace(/\s+/g, ' ').trim()
    links.push({
      type: candidate.type(),
      url,
      ...(title ? { title } : {}),
    })
  }
  return links
}

/** An absolute http(s) URL, resolved against the base when relative; undefined when there is none to be had. */
export function resolveUrl(url: string, baseUrl: string | undefined): string | undefined {
  // The same rule as links inside abstracts: "github.com/x" is that site, not a path under the schedule.
  return httpUrl(url, baseUrl)
}
