import { useId } from 'react'

/** One track or all, as a native select: compact on a phone even with fifty tracks. */
export function TrackFilter({
  tracks,
  selected,
  onChange,
}: {
  tracks: readonly string[]
  selected: string | null
  onChange: (track: string | null) => void
}) {
  const id = useId()
  return (
    <div className="track-filter">
      <label htmlFor={id} className="track-filter__label">
        Track
      </label>
      <select
        id={id}
        className="track-filter__select"
        value={selected ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">All tracks</option>
        {tracks.map((track) => (
          <option key={track} value={track}>
            {track}
          </option>
        ))}
      </select>
    </div>
  )
}
