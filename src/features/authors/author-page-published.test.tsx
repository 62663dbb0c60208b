import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { publishedSchedule } from '../../../tests/fixtures/published-schedule'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import { AuthorPage } from './author-page'

const renderAuthor = (authorId: string) =>
  renderWithSchedule(<AuthorPage authorId={authorId} />, {
    dataset: publishedSchedule,
    url: `/authors/${authorId}`,
  })

describe('AuthorPage of a published schedule', () => {
  it('shows the speaker’s affiliation, talks with their track and room, then the biography', async () => {
    renderAuthor('hu-weiwen')
    expect(screen.getByRole('heading', { level: 1, name: '胡玮文' })).toBeInTheDocument()
    expect(screen.getByText('Kernel Hackers')).toBeInTheDocument()
    expect(screen.getByText('2 talks at Tiny Conf 2026')).toBeInTheDocument()
    expect(screen.getByText('Janson')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'About 胡玮文' })).toBeInTheDocument()
    expect(screen.getByText('Works on the kernel.')).toBeInTheDocument()
  })

  it('shows no biography section for a speaker without one', () => {
    renderAuthor('jan-zygowski')
    expect(screen.getByRole('heading', { level: 1, name: 'Jan Żygowski' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: /^About/ })).toBeNull()
  })
})
