import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom'
import { paths } from '../lib/paths'

/** Shown when a route throws: says what happened in words and offers a way on, never a blank page. */
export function RouteError() {
  const error = useRouteError()
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Something went wrong.'
  return (
    <section className="route-error" aria-labelledby="route-error-title">
      <h1 id="route-error-title">This page could not be shown</h1>
      <p>{message}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          Try again
        </button>{' '}
        <Link to={paths.timeline.href()}>Back to the timeline</Link>
      </p>
    </section>
  )
}
