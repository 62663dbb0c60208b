import { useSuspenseQuery } from '@tanstack/react-query'
import { datasetQueries } from '../../data/dataset-queries'

/** The abstract, fetched with the rest of its session's abstracts (one small file), in its paragraphs. */
export function TalkAbstract({ talkId, abstractsFile }: { talkId: string; abstractsFile: string }) {
  const { data: paragraphs } = useSuspenseQuery({
    ...datasetQueries.abstracts(abstractsFile),
    select: (chunk) => chunk[talkId] ?? [],
  })
  return (
    <section aria-labelledby="abstract-heading" className="talk-abstract">
      <h2 id="abstract-heading">Abstract</h2>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </section>
  )
}
