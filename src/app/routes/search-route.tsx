import { SearchPage } from '../../features/search/search-page'

export function Component() {
  return <SearchPage />
}
