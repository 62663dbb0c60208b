export function LoadingView() {
  return (
    <p className="loading" role="status">
      Loading the schedule…
    </p>
  )
}
