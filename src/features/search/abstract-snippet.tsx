import { useQuery } from '@tanstack/react-query'
import { datasetQueries } from '../../data/dataset-queries'
import { snippet } from './highlight'
import { MarkedText } from './marked-text'

/**
 * A few lines of the abstract around its best match. The abstract comes from its session's file (shared with the
 * talk page's cache), fetched only for results on screen; until it arrives the result shows without it.
 */
export function AbstractSnippet({
  talkId,
  abstractsFile,
  marks,
}: {
  talkId: string
  abstractsFile: string
  marks: ReadonlySet<string>
}) {
  const { data: paragraphs } = useQuery({
    ...datasetQueries.abstracts(abstractsFile),
    select: (chunk) => chunk[talkId],
  })
  if (!paragraphs || paragraphs.length === 0) return null
  return (
    <p className="search-result__snippet">
      <MarkedText segments={snippet(paragraphs, marks)} />
    </p>
  )
}
