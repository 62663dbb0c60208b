import type { LinkType } from '../../../src/data/types'
import type { SourceLink } from './source-schedule'

/**
 * The type of a link or attachment, from what the source says and what its title and URL look like. The rules, in
 * order (the first that matches wins):
 * 1. a video file or video site (.mp4, .webm, .mkv, .mov, youtube, vimeo, media.ccc.de) is a video, whatever the
 *    source calls it: FOSDEM files a demo .mp4 as `type="slides"`;
 * 2. a type the source declares (an attachment's `type`, a JSON reference's `type`): slides, paper/article, poster,
 *    video/media/recording;
 * 3. the title and URL: chat (also matrix.to and chat. hosts), feedback, slides, video/recording, poster, paper
 *    (also arxiv.org, doi.org), code (github, gitlab, codeberg, sourcehut, a git./gitlab. host, "source code",
 *    "repo");
 * 4. else other.
 */
export function classifyLink(link: SourceLink): LinkType {
  const title = link.title?.toLowerCase() ?? ''
  const url = link.url.toLowerCase()
  const host = hostOf(url)
  if (/\.(?:mp4|webm|mkv|mov|m4v)(?:[?#]|$)/.test(url) || VIDEO_HOSTS.test(host)) return 'video'
  const declared = DECLARED[link.declaredType?.toLowerCase() ?? '']
  if (declared) return declared
  if (/\bchat\b/.test(title) || host === 'matrix.to' || host.startsWith('chat.')) return 'chat'
  if (/feedback/.test(title) || /\/feedback\/?(?:[?#]|$)/.test(url)) return 'feedback'
  if (/\bslides?\b|slide ?deck|presentation/.test(title)) return 'slides'
  if (/\bvideo\b|recording/.test(title)) return 'video'
  if (/\bposter\b/.test(title)) return 'poster'
  if (/\bpaper\b|arxiv/.test(title) || /(?:^|\.)(?:arxiv\.org|doi\.org)$/.test(host)) return 'paper'
  if (
    CODE_HOSTS.test(host) ||
    /^(?:gitlab|git|gitea|forgejo)\./.test(host) ||
    /source code|\brepo(?:sitory)?\b|\bgithub\b|\bgitlab\b|\bcodeberg\b/.test(title)
  )
    return 'code'
  return 'other'
}

const VIDEO_HOSTS =
  /(?:^|\.)(?:youtube\.com|youtu\.be|vimeo\.com|media\.ccc\.de|peertube\.[a-z.]+)$/
const CODE_HOSTS =
  /(?:^|\.)(?:github\.com|gitlab\.com|codeberg\.org|sr\.ht|gitea\.com|bitbucket\.org)$/

const DECLARED: Record<string, LinkType> = {
  slides: 'slides',
  paper: 'paper',
  article: 'paper',
  poster: 'poster',
  video: 'video',
  media: 'video',
  recording: 'video',
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}
