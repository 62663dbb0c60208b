import { AuthorPage } from '../../features/authors/author-page'
import type { RouteProps } from './route-props'

export function Component({ params }: RouteProps) {
  return <AuthorPage authorId={params.authorId ?? ''} />
}
