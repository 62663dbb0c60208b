// Interim: plain text until the rich-text renderer lands (next commits).
import { plainText, type RichText } from '../data/rich-text'
export function RichTextView({ text }: { text: RichText }) {
  return <p>{plainText(text)}</p>
}
