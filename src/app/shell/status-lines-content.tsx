import { ChangesNotice } from './changes-notice'
import { UpdatePrompt } from './update-prompt'

/**
 * The lines of the header's status strip that load on demand: "Updated schedule available" and the notice of changed
 * starred talks. One chunk for both, so the first visit's JS names one file and one import rather than two; each
 * line shows itself only when it has something to say.
 */
export default function StatusLinesContent() {
  return (
    <>
      <UpdatePrompt />
      <ChangesNotice />
    </>
  )
}
