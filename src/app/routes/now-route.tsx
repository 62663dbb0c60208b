import { NowPage } from '../../features/now/now-page'

export function Component() {
  return <NowPage />
}
