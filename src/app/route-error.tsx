import { Component, type ErrorInfo, type ReactNode } from 'react'

// A plain value: jsx-a11y cannot read `import.meta` inside JSX and says so on every lint run.
const TIMELINE_HREF = import.meta.env.BASE_URL

interface Props {
  children: ReactNode
  /** Changes on navigation, so leaving a broken page clears the error. */
  resetKey: string
}

/** Catches a view that throws (a failed fetch, a bug) and says what happened in words, never a blank page. */
export class RouteErrorBoundary extends Component<Props, { error: Error | null; key: string }> {
  state = { error: null as Error | null, key: this.props.resetKey }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Plenary: a view failed', error, info.componentStack)
  }

  render() {
    if (!this.state.error) return this.props.children
    return (
      <section className="route-error" aria-labelledby="route-error-title">
        <h1 id="route-error-title">This page could not be shown</h1>
        <p>{this.state.error.message}</p>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>{' '}
          <a href={TIMELINE_HREF}>Back to the timeline</a>
        </p>
      </section>
    )
  }
}
