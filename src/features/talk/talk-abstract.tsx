import { useQuery } from '@tanstack/react-query'
import { RichTextView } from '../../components/rich-text-view'
import { datasetQueries } from '../../data/dataset-queries'
import { isBlank } from '../../data/rich-text'
import type { ScheduleIndex, ScheduleTalk } from '../../data/types'

/**
 * The abstract and the longer description, fetched with the texts of a few neighbouring talks (one small file). They
 * are the one part of a talk page that may be missing offline (at conference scale texts are saved as they are
 * read): the rest of the talk stays, and this says why and offers to try again. A talk with neither has no heading.
 */
export function TalkAbstract({ talk, schedule }: { talk: ScheduleTalk; schedule: ScheduleIndex }) {
  const {
    data: texts,
    isError,
    isFetching,
    refetch,
  } = useQuery({
    ...datasetQueries.detailsOf(schedule, talk),
    select: (chunk) => chunk.talks[talk.id] ?? { abstract: [] },
  })
  if (texts) {
    const { abstract, description } = texts
    return (
      <>
        {!isBlank(abstract) && (
          <section aria-labelledby="abstract-heading" className="talk-abstract">
            <h2 id="abstract-heading">Abstract</h2>
            <RichTextView text={abstract} />
          </section>
        )}
        {description && !isBlank(description) && (
          <section aria-labelledby="description-heading" className="talk-abstract">
            <h2 id="description-heading">{isBlank(abstract) ? 'Abstract' : 'Description'}</h2>
            <RichTextView text={description} />
          </section>
        )}
      </>
    )
  }
  return (
    <section aria-labelledby="abstract-heading" className="talk-abstract">
      <h2 id="abstract-heading">Abstract</h2>
      <p role="status">
        {isError && !isFetching ? (
          <>
            The abstract could not be loaded: it is not saved on this device and the network is not
            answering.{' '}
            <button type="button" onClick={() => void refetch()}>
              Try again
            </button>
          </>
        ) : (
          'Loading the abstract…'
        )}
      </p>
    </section>
  )
}
