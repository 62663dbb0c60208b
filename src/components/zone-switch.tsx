import { useId } from 'react'
import { sameWallTime, zoneName } from '../lib/format-time'
import { useTimeDisplay } from '../lib/time-display'
import { setZoneChoice } from '../lib/zone-preference'
import './zone-switch.css'

/**
 * Conference time or the viewer's own, remembered across visits. Both options are labelled with their zone's name
 * at `at` (a zone's name changes with daylight saving). Shown only to viewers whose clocks read differently from the
 * venue's: for everyone in the room the choice would change nothing. The viewer's zone is known after hydration, so
 * the prerendered page never has it; pages keep room for it where it would push content down.
 */
export function ZoneSwitch({ conferenceZone, at }: { conferenceZone: string; at: string }) {
  const name = useId()
  const { choice, viewerZone, locale } = useTimeDisplay(conferenceZone)
  if (!viewerZone || sameWallTime(at, conferenceZone, viewerZone)) return null
  const conferenceLabel = zoneName(at, conferenceZone, locale)
  const viewerLabel = zoneName(at, viewerZone, locale)
  return (
    <fieldset className="zone-switch">
      <legend className="zone-switch__legend">Times in</legend>
      <div className="zone-switch__options">
        <label className="zone-switch__option">
          <input
            type="radio"
            name={name}
            value="conference"
            checked={choice === 'conference'}
            onChange={() => setZoneChoice('conference')}
          />
          <span>
            Conference <span className="zone-switch__zone">{conferenceLabel}</span>
          </span>
        </label>
        <label className="zone-switch__option">
          <input
            type="radio"
            name={name}
            value="viewer"
            checked={choice === 'viewer'}
            onChange={() => setZoneChoice('viewer')}
          />
          <span>
            Mine <span className="zone-switch__zone">{viewerLabel}</span>
          </span>
        </label>
      </div>
    </fieldset>
  )
}
