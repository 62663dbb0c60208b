/**
 * What a prerendered page says about itself in <head>: title, description, Open Graph tags and X's card type, and
 * canonical/og:url only when the site's public URL is known (a relative canonical is wrong). Pure, so the rules are
 * tested without a build.
 */
import { plainText } from '../data/rich-text'
import type { ScheduleModel } from '../data/schedule-model'
import type { DetailsChunk } from '../data/types'
import { timelineDay, venueDayBounds } from '../lib/conference-day'
import { pageTitleText } from '../lib/document-title'
import { formatDay } from '../lib/format-time'

export interface PageHead {
  title: string
  description: string
  /** og:title: the page's own name, without the site. */
  heading: string
  type: 'website' | 'article' | 'profile'
  /** The app path, "/talks/x". */
  path: string
}

export interface HeadContext {
  /** The build's base path, "/" or "/plenary/". */
  base: string
  /** The public URL the site is served at, when the build was told it. */
  siteUrl?: string
  /** The site-wide preview image, relative to the base. */
  image: { file: string; width: number; height: number; alt: string }
  /** Files to start fetching while the HTML parses, relative to the base. */
  preload: string[]
  /**
   * The timeline of a many-day conference: its data file depends on the day it is opened on (src/lib/conference-day.ts),
   * so a small script picks the file to preload.
   */
  preloadDay?: { timeZone: string; days: { date: string; file: string }[] }
  /** The page's route stylesheets, relative to the base: the first paint must not wait for its script. */
  stylesheets?: string[]
  /** The page's route modules, relative to the base: hydration need not wait for a chain of imports. */
  modules?: string[]
}

const DESCRIPTION_LIMIT = 200

/** The first sentence of a text, cut at a word boundary if it is still long. */
export function firstSentence(text: string, limit = DESCRIPTION_LIMIT): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  // A sentence ends at . ! or ? followed by a space and a capital, digit or quote; shorter than 40 characters it is
  // more likely an abbreviation ("e.g. A") than a sentence.
  const boundary = /[.!?]["'”’)]?(?= +["'“‘(]?[A-Z0-9])/g
  let sentence = clean
  for (const match of clean.matchAll(boundary)) {
    const end = match.index + match[0].length
    if (end >= 40) {
      sentence = clean.slice(0, end)
      break
    }
  }
  if (sentence.length <= limit) return sentence
  const cut = sentence.slice(0, limit - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).replace(/[\s,;:.]+$/, '')}…`
}

function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function listTitles(titles: string[], max = 3): string {
  const shown = titles.slice(0, max).join('; ')
  return titles.length > max ? `${shown}; and ${titles.length - max} more` : shown
}

/** The head of the timeline, a talk's page or an author's page; null for any other path. */
export function pageHead(
  path: string,
  model: ScheduleModel,
  details?: DetailsChunk,
): PageHead | null {
  const { conference, sessions, days, rooms } = model.schedule
  const site = conference.name
  if (path === '/') {
    const when =
      days.length === 1
        ? formatDay(days[0]!.date, 'en-US')
        : `${days.length} days from ${formatDay(days[0]!.date, 'en-US')}`
    const talks = countOf(model.talks.length, 'talk')
    const what =
      sessions.length === 1
        ? `${sessions[0]!.title}: ${talks}`
        : sessions.length > 1
          ? `${talks} in ${countOf(sessions.length, 'session')}`
          : rooms.length > 1
            ? `${talks} in ${countOf(rooms.length, 'room')}`
            : talks
    return {
      title: pageTitleText(undefined, site),
      heading: `${site} schedule`,
      description: `What is on now and next at ${site}. ${what}, ${when}, with authors and abstracts.`,
      type: 'website',
      path,
    }
  }
  if (path === '/now') {
    const where = rooms.length > 1 ? `each of its ${rooms.length} rooms` : 'the room'
    return {
      title: pageTitleText('Now', site),
      heading: `Now at ${site}`,
      description: `What is on now and next in ${where} at ${site}, and how long each talk has left.`,
      type: 'website',
      path,
    }
  }
  if (path === '/changes')
    return {
      title: pageTitleText('Schedule changes', site),
      heading: 'Schedule changes',
      description: `What changed in the ${site} schedule since your last visit: your starred talks first, then all the others.`,
      type: 'website',
      path,
    }
  const talkMatch = /^\/talks\/([^/]+)$/.exec(path)
  if (talkMatch) {
    const talk = model.talkById.get(decodeURIComponent(talkMatch[1]!))
    if (!talk) return null
    const texts = details?.talks[talk.id]
    const text = plainText(texts?.abstract).trim() || plainText(texts?.description).trim()
    const authors = talk.authorIds.map((id) => model.authorById.get(id)?.name ?? id)
    const byline =
      authors.length > 0 ? `A talk by ${authors.join(', ')} at ${site}.` : `A talk at ${site}.`
    return {
      title: pageTitleText(talk.title, site),
      heading: talk.title,
      description: text ? firstSentence(text) : byline,
      type: 'article',
      path,
    }
  }
  const authorMatch = /^\/authors\/([^/]+)$/.exec(path)
  if (authorMatch) {
    const author = model.authorById.get(decodeURIComponent(authorMatch[1]!))
    if (!author) return null
    const talks = model.talksByAuthor.get(author.id) ?? []
    const count = talks.length === 1 ? 'One talk' : `${talks.length} talks`
    return {
      title: pageTitleText(author.name, site),
      heading: author.name,
      description: `${count} by ${author.name} at ${site}: ${listTitles(talks.map((t) => t.title))}.`,
      type: 'profile',
      path,
    }
  }
  return null
}

/**
 * The title and description of the HTML shell (index.html, kept as 404.html): what any address of the site says
 * before the app names its page. The build fills them in from the dataset (scripts/build/dataset-plugin.ts).
 */
export function shellHead(site: string): Pick<PageHead, 'title' | 'description'> {
  return {
    title: pageTitleText(undefined, site),
    description: `What is on now and next at ${site}: every talk's time, authors and abstract, fuzzy search and your own starred agenda, on your phone.`,
  }
}

/** The absolute URL of an app path, or null when the site's URL is not known. */
export function absoluteUrl(
  path: string,
  context: Pick<HeadContext, 'base' | 'siteUrl'>,
): string | null {
  if (!context.siteUrl) return null
  return new URL(`${context.base}${path.replace(/^\//, '')}`, context.siteUrl).href
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** The tags, one a line, ready to go into <head>. */
export function headTags(head: PageHead, context: HeadContext): string {
  const url = absoluteUrl(head.path, context)
  const image =
    absoluteUrl(`/${context.image.file}`, context) ?? `${context.base}${context.image.file}`
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    url && `<link rel="canonical" href="${escapeHtml(url)}" />`,
    meta('property', 'og:type', head.type),
    meta('property', 'og:site_name', 'Plenary'),
    meta('property', 'og:title', head.heading),
    meta('property', 'og:description', head.description),
    url && meta('property', 'og:url', url),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', String(context.image.width)),
    meta('property', 'og:image:height', String(context.image.height)),
    meta('property', 'og:image:alt', context.image.alt),
    // X reads og:title, og:description and og:image where its own tags are missing (developer.x.com/cards/markup):
    // repeating them cost every page about 400 bytes. The card type and the image's alt text have no Open Graph
    // counterpart it reads.
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:image:alt', context.image.alt),
    ...(context.stylesheets ?? []).map(
      (file) => `<link rel="stylesheet" crossorigin href="${escapeHtml(context.base + file)}" />`,
    ),
    ...(context.modules ?? []).map(
      (file) =>
        `<link rel="modulepreload" crossorigin href="${escapeHtml(context.base + file)}" />`,
    ),
    ...context.preload.map(
      (file) =>
        `<link rel="preload" href="${escapeHtml(context.base + file)}" as="fetch" crossorigin="anonymous" />`,
    ),
    context.preloadDay && dayPreloadScript(context.base, context.preloadDay),
  ]
  return tags.filter(Boolean).join('\n    ')
}

/** JSON inside a script element: "<" escaped, so no value can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

/**
 * Preloads the index file of the day the timeline will show, by the timeline's own rule (`timelineDay`, whose source
 * the script runs), with ?now= read as plainly as Date.parse can: the first day's file would be wasted on every later
 * day.
 *
 * "Today" is found by comparing the clock with each day's bounds at the venue, computed here (`venueDayBounds`): the
 * first Intl.DateTimeFormat of a page costs 20-50 ms of ICU set-up, and in this script it ran before anything else.
 */
function dayPreloadScript(
  base: string,
  { timeZone, days }: NonNullable<HeadContext['preloadDay']>,
) {
  const bounded = days.map((day) => ({ ...day, ...venueDayBounds(day.date, timeZone) }))
  return `<script>
      try {
        ;(function (timelineDay, days, base) {
          var query = new URLSearchParams(location.search)
          var now = Date.parse(query.get('now') || '')
          if (isNaN(now)) now = Date.now()
          var dates = []
          var today = null
          days.forEach(function (day) {
            dates.push(day.date)
            if (now >= day.start && now < day.end) today = day.date
          })
          var link = document.createElement('link')
          link.rel = 'preload'
          link.as = 'fetch'
          link.crossOrigin = 'anonymous'
          link.href = base + days[dates.indexOf(timelineDay(dates, query.get('day'), today))].file
          document.head.appendChild(link)
        })(${timelineDay.toString()}, ${scriptJson(bounded)}, ${scriptJson(base)})
      } catch (error) {}
    </script>`
}
