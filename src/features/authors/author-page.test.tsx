import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { neuripsDataset } from '../../../tests/fixtures/neurips-dataset'
import { renderWithSchedule } from '../../../tests/fixtures/render-with-schedule'
import { AuthorPage } from './author-page'

const renderAuthor = (authorId: string, dataset = neuripsDataset) =>
  renderWithSchedule(<AuthorPage authorId={authorId} />, { dataset, url: `/authors/${authorId}` })

describe('AuthorPage', () => {
  it('lists the author’s talks, each with its time, session and star', () => {
    renderAuthor('david-duvenaud')
    expect(screen.getByRole('heading', { level: 1, name: 'David Duvenaud' })).toBeInTheDocument()
    expect(screen.getByText('One talk at NeurIPS 2018')).toBeInTheDocument()
    const row = screen
      .getByRole('link', { name: 'Neural Ordinary Differential Equations' })
      .closest('li')!
    expect(within(row).getByText(/12:50/)).toBeInTheDocument()
    expect(within(row).getByText('Tue Track 2 -- Session 2')).toBeInTheDocument()
    expect(
      within(row).getByRole('button', { name: 'Star Neural Ordinary Differential Equations' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('David Duvenaud · NeurIPS 2018')
  })

  it('suggests the closest names for an unknown author', () => {
    renderAuthor('david-duvenaude')
    expect(screen.getByRole('heading', { level: 1, name: 'No such author' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'David Duvenaud' })).toHaveAttribute(
      'href',
      '/authors/david-duvenaud',
    )
  })
})
