import { useParams } from 'react-router-dom'
import { TalkPage } from '../../features/talk/talk-page'

export function Component() {
  const { talkId = '' } = useParams()
  return <TalkPage talkId={talkId} />
}
