import { TalkPage } from '../../features/talk/talk-page'
import type { RouteProps } from './route-props'

export function Component({ params }: RouteProps) {
  return <TalkPage talkId={params.talkId ?? ''} />
}
