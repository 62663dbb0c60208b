import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ICAL from 'ical.js'
import { describe, expect, it, vi } from 'vitest'
import { renderWithSchedule } from '../../tests/fixtures/render-with-schedule'
import { HydratedContext } from '../lib/client-store'
import { CalendarActions } from './calendar-actions'

const NODE = 'neural-ordinary-differential-equations'

function captureDownloads() {
  const files: { name: string; text: Promise<string> }[] = []
  const blobs = new Map<string, Blob>()
  URL.createObjectURL ??= () => ''
  URL.revokeObjectURL ??= () => {}
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`
    blobs.set(url, blob as Blob)
    return url
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, text: blobs.get(this.href)!.text() })
  })
  return files
}

describe('CalendarActions', () => {
  it('links to Google Calendar with the talk in UTC and its deep link', () => {
    renderWithSchedule(<CalendarActions talkId={NODE} />)
    const link = screen.getByRole('link', { name: 'Google Calendar (opens in a new tab)' })
    const url = new URL(link.getAttribute('href')!)
    expect(url.searchParams.get('text')).toBe('Neural Ordinary Differential Equations')
    expect(url.searchParams.get('dates')).toBe('20181204T205000Z/20181204T210500Z')
    expect(url.searchParams.get('details')).toContain(`${window.location.origin}/talks/${NODE}`)
    expect(url.searchParams.get('details')).toContain('Ricky T. Q. Chen, David Duvenaud')
  })

  it('leaves the abstract out of the prerendered link, and adds it once the app runs', () => {
    const details = () =>
      new URL(
        screen
          .getByRole('link', { name: 'Google Calendar (opens in a new tab)' })
          .getAttribute('href')!,
      ).searchParams.get('details')
    const { unmount } = renderWithSchedule(
      <HydratedContext value={false}>
        <CalendarActions talkId={NODE} />
      </HydratedContext>,
    )
    expect(details()).toContain('Ricky T. Q. Chen, David Duvenaud')
    expect(details()).not.toContain('The abstract of Neural Ordinary Differential Equations.')
    unmount()
    renderWithSchedule(<CalendarActions talkId={NODE} />)
    expect(details()).toContain('The abstract of Neural Ordinary Differential Equations.')
  })

  it('downloads a one-event .ics with the abstract and a reminder', async () => {
    const user = userEvent.setup()
    const files = captureDownloads()
    renderWithSchedule(<CalendarActions talkId={NODE} />)
    await user.click(screen.getByRole('button', { name: 'Download .ics' }))
    await vi.waitFor(() => expect(files).toHaveLength(1))
    expect(files[0]!.name).toBe(`${NODE}.ics`)
    const calendar = new ICAL.Component(ICAL.parse(await files[0]!.text))
    const [vevent, ...others] = calendar.getAllSubcomponents('vevent')
    expect(others).toEqual([])
    const event = new ICAL.Event(vevent)
    expect(event.startDate.toJSDate().toISOString()).toBe('2018-12-04T20:50:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2018-12-04T21:05:00.000Z')
    expect(event.description).toContain('The abstract of Neural Ordinary Differential Equations.')
    expect(vevent!.getFirstSubcomponent('valarm')).not.toBeNull()
  })

  it('still downloads the event when the abstract cannot be loaded (offline)', async () => {
    const user = userEvent.setup()
    const files = captureDownloads()
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'))
    renderWithSchedule(<CalendarActions talkId={NODE} />, { withAbstracts: false })
    await user.click(screen.getByRole('button', { name: 'Download .ics' }))
    await vi.waitFor(() => expect(files).toHaveLength(1))
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(await files[0]!.text)).getFirstSubcomponent('vevent')!,
    )
    expect(event.summary).toBe('Neural Ordinary Differential Equations')
    expect(event.description).not.toContain('abstract')
  })

  it('renders nothing for an unknown talk', () => {
    renderWithSchedule(<CalendarActions talkId="nope" />)
    expect(screen.queryByRole('button')).toBeNull()
  })
})
