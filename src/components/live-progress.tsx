import './live-progress.css'

/**
 * How far a talk in progress is: a bar and the minutes left. The bar tells the share done, the text beside it the
 * minutes left, each once: the bar's value text repeating the minutes would have a screen reader say them twice.
 */
export function LiveProgress({
  percentDone,
  minutesLeft,
}: {
  percentDone: number
  minutesLeft: number
}) {
  const left = `${minutesLeft} min left`
  return (
    <div className="live-progress">
      <div
        className="live-progress__bar"
        role="progressbar"
        aria-label="Talk progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percentDone}
        aria-valuetext={`${percentDone}% done`}
      >
        <div className="live-progress__fill" style={{ width: `${percentDone}%` }} />
      </div>
      <span className="live-progress__left">{left}</span>
    </div>
  )
}
