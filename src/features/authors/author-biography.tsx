import { useQuery } from '@tanstack/react-query'
import { RichTextView } from '../../components/rich-text-view'
import { datasetQueries } from '../../data/dataset-queries'
import type { ScheduleModel } from '../../data/schedule-model'
import type { Author, ScheduleTalk } from '../../data/types'

/**
 * The author's biography, from the details file of their first talk (the build puts each author's biography in the
 * files of their talks). Nothing at all when the source has none, or while it loads; it comes after the talks, which are the page.
 */
export function AuthorBiography({
  author,
  firstTalk,
  model,
}: {
  author: Author
  firstTalk: ScheduleTalk
  model: ScheduleModel
}) {
  const { data: biography } = useQuery({
    ...datasetQueries.detailsOf(model.schedule, firstTalk),
    select: (chunk) => chunk.biographies[author.id] ?? null,
  })
  if (!biography) return null
  return (
    <section className="author-page__biography" aria-labelledby="biography-heading">
      <h2 id="biography-heading">About {author.name}</h2>
      <RichTextView text={biography} />
    </section>
  )
}
