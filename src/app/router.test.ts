import { describe, expect, it } from 'vitest'
import { routeOf } from './router'
import { Component as TimelineRoute } from './routes/timeline-route'

describe('routeOf', () => {
  it('finds the timeline at the root only', () => {
    expect(routeOf('/').Page).toBe(TimelineRoute)
    expect(routeOf('/timeline').Page).not.toBe(TimelineRoute)
  })

  it('gives a talk its decoded id, with or without a trailing slash', () => {
    expect(routeOf('/talks/neural-ode').params).toEqual({ talkId: 'neural-ode' })
    expect(routeOf('/talks/neural-ode/').params).toEqual({ talkId: 'neural-ode' })
    expect(routeOf('/talks/caf%C3%A9').params).toEqual({ talkId: 'café' })
  })

  it('keeps an encoded slash inside its parameter', () => {
    expect(routeOf('/authors/a%2Fb').params).toEqual({ authorId: 'a/b' })
  })

  it('keeps a malformed escape as it was written rather than throwing', () => {
    expect(routeOf('/talks/%E0%A4%A-neural').params).toEqual({ talkId: '%E0%A4%A-neural' })
  })

  it('matches regardless of case, as React Router does', () => {
    expect(routeOf('/Search').params).toEqual({})
    expect(routeOf('/Search').Page).toBe(routeOf('/search').Page)
  })

  it('sends every other path to the not-found route, one shared by all of them', () => {
    const notFound = routeOf('/nowhere').Page
    expect(routeOf('/talks').Page).toBe(notFound)
    expect(routeOf('/talks/a/b').Page).toBe(notFound)
    expect(routeOf('/agenda').Page).not.toBe(notFound)
  })
})
