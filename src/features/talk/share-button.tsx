import { useRef, useState } from 'react'
import { LineIcon } from '../../components/line-icon'
import { shareOrCopy } from '../../lib/share-link'
import { useHydrated } from '../../lib/use-hydrated'

type Outcome = 'idle' | 'copied' | 'failed'

function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function'
}

/**
 * Share a talk: the system share sheet where the browser has one (phones), else copy the link and say so where it
 * can be seen. When even copying is refused, the link is shown selected, ready to copy by hand.
 */
export function ShareButton({ title, url }: { title: string; url: () => string }) {
  const hydrated = useHydrated()
  const [outcome, setOutcome] = useState<Outcome>('idle')
  const [shownUrl, setShownUrl] = useState('')
  const field = useRef<HTMLInputElement>(null)
  const native = hydrated && canShare()

  async function share() {
    const link = url()
    const result = await shareOrCopy({ title, url: link })
    if (result === 'copied') setOutcome('copied')
    else if (result === 'failed') {
      setShownUrl(link)
      setOutcome('failed')
      requestAnimationFrame(() => field.current?.select())
    } else setOutcome('idle')
  }

  return (
    <div className="share">
      <button type="button" className="talk-page__action" onClick={() => void share()}>
        <LineIcon path="M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" size={20} />
        {native ? 'Share' : 'Copy link'}
      </button>
      <p
        role="status"
        className={`share__status${outcome === 'copied' ? ' share__status--copied' : ''}`}
      >
        {outcome === 'copied' && 'Link copied. Paste it anywhere to share this talk.'}
        {outcome === 'failed' && 'Copying is blocked here: copy the link below.'}
      </p>
      {outcome === 'failed' && (
        <label className="share__fallback">
          <span className="visually-hidden">Link to this talk</span>
          <input
            ref={field}
            type="text"
            readOnly
            value={shownUrl}
            onFocus={(e) => e.target.select()}
          />
        </label>
      )}
    </div>
  )
}
