import { useQuery } from '@tanstack/react-query'
import { datasetQueries } from '../../data/dataset-queries'
import { plainText } from '../../data/rich-text'
import type { ScheduleIndex, ScheduleTalk } from '../../data/types'
import { snippet } from './highlight'
import { MarkedText } from './marked-text'

/**
 * A few lines of the abstract around its best match. The abstract comes from its details file (shared with the
 * talk page's cache), fetched only for results on screen; until it arrives the result shows without it.
 */
export function AbstractSnippet({
  talk,
  schedule,
  marks,
}: {
  talk: ScheduleTalk
  schedule: ScheduleIndex
  marks: ReadonlySet<string>
}) {
  const { data: paragraphs } = useQuery({
    ...datasetQueries.detailsOf(schedule, talk),
    select: (chunk) => {
      const texts = chunk.talks[talk.id]
      const text = plainText(texts?.abstract).trim() || plainText(texts?.description)
      return text.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== '')
    },
  })
  if (!paragraphs || paragraphs.length === 0) return null
  return (
    <p className="search-result__snippet">
      <MarkedText segments={snippet(paragraphs, marks)} />
    </p>
  )
}
