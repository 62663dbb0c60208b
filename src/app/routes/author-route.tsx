import { useParams } from 'react-router-dom'
import { AuthorPage } from '../../features/authors/author-page'

export function Component() {
  const { authorId = '' } = useParams()
  return <AuthorPage authorId={authorId} />
}
