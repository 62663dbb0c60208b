import { currentScheme, setScheme, useScheme } from '../../lib/theme'
import './theme-toggle.css'

/**
 * One button: dark theme on or off. Pressing it picks the other scheme and remembers that; picking what the system
 * shows anyway forgets the choice, so the page follows the system again. Until hydration it reads "off": the page's
 * colours are already right, set before first paint (src/lib/theme.ts).
 *
 * The layout places one in the header, shown on wide screens, and one in the footer, shown on narrower ones: there
 * the header's right edge lies over the column of star buttons, and a small button in a sticky header would sit over
 * whichever star scrolled beneath it.
 */
export function ThemeToggle({ placement }: { placement: 'header' | 'footer' }) {
  const scheme = useScheme()
  return (
    <button
      type="button"
      className={`theme-toggle theme-toggle--${placement}`}
      aria-label={placement === 'header' ? 'Dark theme' : undefined}
      aria-pressed={scheme === 'dark'}
      onClick={() => setScheme(currentScheme() === 'dark' ? 'light' : 'dark')}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      {placement === 'footer' && 'Dark theme'}
    </button>
  )
}
