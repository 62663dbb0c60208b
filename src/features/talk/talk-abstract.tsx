import { useQuery } from '@tanstack/react-query'
import { datasetQueries } from '../../data/dataset-queries'

/**
 * The abstract, fetched with the rest of its session's abstracts (one small file), in its paragraphs. It is the one
 * part of a talk page that may be missing offline (at conference scale abstracts are saved as they are read): the
 * rest of the talk stays, and this says why and offers to try again.
 */
export function TalkAbstract({ talkId, abstractsFile }: { talkId: string; abstractsFile: string }) {
  const {
    data: paragraphs,
    isError,
    isFetching,
    refetch,
  } = useQuery({
    ...datasetQueries.abstracts(abstractsFile),
    select: (chunk) => chunk[talkId] ?? [],
  })
  return (
    <section aria-labelledby="abstract-heading" className="talk-abstract">
      <h2 id="abstract-heading">Abstract</h2>
      {paragraphs ? (
        paragraphs.map((paragraph, i) => <p key={i}>{paragraph}</p>)
      ) : (
        <p role="status">
          {isError && !isFetching ? (
            <>
              The abstract could not be loaded: it is not saved on this device and the network is
              not answering.{' '}
              <button type="button" onClick={() => void refetch()}>
                Try again
              </button>
            </>
          ) : (
            'Loading the abstract…'
          )}
        </p>
      )}
    </section>
  )
}
