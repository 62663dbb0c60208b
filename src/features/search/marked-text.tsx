import type { Segment } from './highlight'

/** Text with some runs in <mark>: always rendered as text, whatever it contains. */
export function MarkedText({ segments }: { segments: readonly Segment[] }) {
  return segments.map((segment, i) =>
    segment.marked ? <mark key={i}>{segment.text}</mark> : segment.text,
  )
}
