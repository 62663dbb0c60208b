import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { MemoryRouter, Route, Routes, useNavigate } from 'react-router-dom'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { generateConference } from '../../../scripts/generate/generate-conference'
import { generateManyRooms } from '../../../scripts/generate/generate-many-rooms'
import { detailsFilesOf, scheduleIndexOf } from '../../../tests/fixtures/multi-session'
import { LocationProbe } from '../../../tests/fixtures/render-with-schedule'
import { datasetQueries } from '../../data/dataset-queries'
import type { Dataset } from '../../data/types'
import { loadStars } from '../../lib/stars/stars'
import { buildSearchAsset } from './engine/search-asset'
import { SearchBox } from './search-box'
import { KeyboardShortcuts } from '../../app/shell/keyboard-shortcuts'
import { resetSearchClientForTests } from './search-loader'
// What typing does loads when the box gets focus (search-box.tsx): in a browser it is in before the first letter, and
// a cold import here could still be compiling. Loaded ahead, every keystroke acts at once, as there.
import './search-typing'
import { SearchPage } from './search-page'
import { PAGE_SIZE } from './search-results'
import { neuripsDataset } from './testing/neurips-search'

const starStore = await loadStars()

function BackButton() {
  const navigate = useNavigate()
  return (
    <button type="button" onClick={() => navigate(-1)}>
      Go back
    </button>
  )
}

/** Serves the search asset where the app fetches it, as the static host would. */
function serveSearchIndex(dataset: Dataset) {
  const body = JSON.stringify(buildSearchAsset(dataset))
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input instanceof Request ? input.url : input)
    if (/\/data\/search\.[0-9a-f]+\.json$/.test(url))
      return new Response(body, { headers: { 'Content-Type': 'application/json' } })
    return new Response('not found', { status: 404 })
  })
}

/** The shell's search box and the search page at `url`, with the schedule and abstracts in the query cache. */
function renderSearch(url: string, dataset: Dataset = neuripsDataset) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity, gcTime: Infinity } },
  })
  const index = scheduleIndexOf(dataset)
  queryClient.setQueryData(datasetQueries.schedule().queryKey, index)
  for (const { fileName, chunk } of detailsFilesOf(dataset))
    queryClient.setQueryData(datasetQueries.details(fileName).queryKey, chunk)
  const fetchSpy = serveSearchIndex(dataset)
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <header>
          <SearchBox />
        </header>
        {/* The shell's shortcuts, "/" among them, as the layout mounts them. */}
        <KeyboardShortcuts />
        <main>
          <Suspense fallback={<p>Loading…</p>}>
            <Routes>
              <Route path="/search" element={<SearchPage />} />
              <Route path="*" element={<h1>Somewhere else</h1>} />
            </Routes>
          </Suspense>
          <BackButton />
          <LocationProbe />
        </main>
      </MemoryRouter>
    </QueryClientProvider>,
  )
  return { fetchSpy }
}

const box = () => screen.getByRole('searchbox', { name: 'Search talks' })
const currentUrl = () => screen.getByRole('status', { name: 'Current URL' }).textContent
/** The results' titles (the chips and choices are list items too, without a link). */
const results = () =>
  screen.queryAllByRole('listitem').flatMap((item) =>
    within(item)
      .queryAllByRole('link')
      .map((link) => link.textContent),
  )

beforeEach(() => {
  resetSearchClientForTests()
  starStore.resetForTests()
})

describe('searching from the header box', () => {
  it('has a label in view, which starts its name and focuses it', async () => {
    const user = userEvent.setup()
    renderSearch('/')
    // Named by its <label> (visible "Search", " talks" for the ear), not by a placeholder or an aria-label.
    expect(box()).not.toHaveAttribute('aria-label')
    const [label] = (box() as HTMLInputElement).labels!
    expect(label).toHaveTextContent(/^Search talks$/)
    await user.click(label!)
    expect(box()).toHaveFocus()
  })

  it('takes what is typed on another page to ranked results, typos and all', async () => {
    const user = userEvent.setup()
    const { fetchSpy } = renderSearch('/')
    // Nothing about search loads until it is used.
    expect(fetchSpy).not.toHaveBeenCalled()
    await user.type(box(), 'nueral ode')
    expect(currentUrl()).toBe('/search?q=nueral+ode')
    expect(
      await screen.findByText(/1 talk matches every word, \d+ more match some\./),
    ).toBeInTheDocument()
    expect(results()[0]).toBe('Neural Ordinary Differential Equations')
    expect(box()).toHaveValue('nueral ode')
    expect(box()).toHaveFocus()
  })

  it('marks matched characters in titles, names and abstract snippets', async () => {
    const user = userEvent.setup()
    renderSearch('/')
    await user.type(box(), 'duvenaud ode')
    await screen.findByText(/1 talk matches every word/)
    const first = screen.getAllByRole('listitem')[0]!
    const marks = within(first)
      .getAllByText((_, element) => element?.tagName === 'MARK')
      .map((mark) => mark.textContent)
    expect(marks).toEqual(expect.arrayContaining(['Ordinary Differential Equations', 'Duvenaud']))
    // The snippet is marked too: "… a blackbox differential equation solver …"
    expect(marks).toContain('differential equation')
    expect(within(first).getByRole('link')).toHaveAccessibleName(
      'Neural Ordinary Differential Equations',
    )
  })

  it('pushes one history entry for a search, so Back returns to where it began', async () => {
    const user = userEvent.setup()
    renderSearch('/')
    await user.type(box(), 'graph')
    expect(currentUrl()).toBe('/search?q=graph')
    await user.click(screen.getByRole('button', { name: 'Go back' }))
    expect(currentUrl()).toBe('/')
    expect(box()).toHaveValue('')
  })

  it('focuses the box on "/", except while typing in a field', async () => {
    const user = userEvent.setup()
    renderSearch('/search?q=graph')
    await screen.findByText(/1 talk matches/)
    await user.click(screen.getByRole('heading', { name: 'Search' }))
    await user.keyboard('/')
    expect(box()).toHaveFocus()
    // In the box itself "/" is text.
    await user.keyboard('{End}/')
    expect(box()).toHaveValue('graph/')
  })

  it('clears the box and the query on Esc', async () => {
    const user = userEvent.setup()
    renderSearch('/')
    await user.type(box(), 'pooling')
    await screen.findByText(/1 talk matches/)
    await user.keyboard('{Escape}')
    expect(box()).toHaveValue('')
    expect(currentUrl()).toBe('/search')
    expect(screen.getByText(/Type in the search box above/)).toBeInTheDocument()
  })

  it('opens a search link with the same results, and the query in the box', async () => {
    renderSearch('/search?q=Leskovec')
    expect(box()).toHaveValue('Leskovec')
    expect(await screen.findByText('1 talk matches.')).toBeInTheDocument()
    expect(results()).toEqual([
      'Hierarchical Graph Representation Learning with Differentiable Pooling',
    ])
  })
})

describe('filters', () => {
  it('narrows by kind, in the URL', async () => {
    const user = userEvent.setup()
    renderSearch('/search?q=neural')
    await screen.findByText(/talks match/)
    const all = results()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Oral')
    expect(currentUrl()).toBe('/search?q=neural&kind=oral')
    expect(results()).toEqual([
      'Neural Ordinary Differential Equations',
      'How Does Batch Normalization Help Optimization?',
    ])
    expect(all.length).toBeGreaterThan(1)
  })

  it('shows only starred talks when asked, and keeps the filter while the query changes', async () => {
    const user = userEvent.setup()
    act(() =>
      starStore.star('neural-tangent-kernel-convergence-and-generalization-in-neural-networks'),
    )
    renderSearch('/search?q=neural')
    await screen.findByText(/talks match/)
    await user.click(screen.getByRole('checkbox', { name: 'Starred only' }))
    expect(currentUrl()).toBe('/search?q=neural&starred=1')
    expect(results()).toEqual([
      'Neural Tangent Kernel: Convergence and Generalization in Neural Networks',
    ])
    await user.type(box(), ' kernel')
    expect(currentUrl()).toBe('/search?q=neural+kernel&starred=1')
    expect(await screen.findByText(/\(starred\)/)).toBeInTheDocument()
  })

  it('stars a talk from its result', async () => {
    const user = userEvent.setup()
    renderSearch('/search?q=bourgan')
    await screen.findByText('1 talk matches.')
    await user.click(screen.getByRole('button', { name: /^Star BourGAN/ }))
    expect(starStore.isStarred('bourgan-generative-networks-with-metric-embeddings')).toBe(true)
  })
})

describe('when nothing matches', () => {
  it('suggests near terms that do match', async () => {
    const user = userEvent.setup()
    renderSearch('/search?q=grpha')
    expect(await screen.findByText('No talks match “grpha”.')).toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'graph' }))
    expect(currentUrl()).toBe('/search?q=graph')
    expect(await screen.findByText('1 talk matches.')).toBeInTheDocument()
  })

  it('links to the timeline', async () => {
    const user = userEvent.setup()
    renderSearch('/search?q=qqqqqqqq')
    expect(await screen.findByText('No talks match “qqqqqqqq”.')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Did you mean' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('link', { name: 'browse the timeline' }))
    expect(currentUrl()).toBe('/')
  })

  it('offers to drop the filters when they hid every match', async () => {
    renderSearch('/search?q=bourgan&kind=oral')
    expect(await screen.findByText('No talks match “bourgan” (orals).')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Search all talks' })).toHaveAttribute(
      'href',
      '/search?q=bourgan',
    )
  })
})

describe('hostile input', () => {
  it.each([
    [
      '<img src=x onerror=alert(1)><script>alert(1)</script>',
      '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    ],
    ['.*+?^${}()|[\\', encodeURIComponent('.*+?^${}()|[\\')],
    ['\ufffd%A', '%E0%A4%A'],
  ])('shows %j as text', async (shown, escaped) => {
    renderSearch(`/search?q=${escaped}`)
    expect(box()).toHaveValue(shown)
    await screen.findByText(/talks? match|No talks match/)
    expect(document.querySelector('main img, main script')).toBeNull()
  })

  it('survives a 5,000-character query', async () => {
    const long = 'graph '.repeat(1000).slice(0, 5000)
    renderSearch(`/search?q=${encodeURIComponent(long)}`)
    // Cut mid-word ("… graph gr"): the last word is read as the start of one.
    expect(await screen.findByText(/^1 talk matches every word/)).toBeInTheDocument()
    expect(results()[0]).toBe(
      'Hierarchical Graph Representation Learning with Differentiable Pooling',
    )
  })
})

describe('many results', () => {
  it('shows them a page at a time', async () => {
    const user = userEvent.setup()
    const { dataset } = generateConference({ talks: 120, seed: 3 })
    renderSearch('/search?q=learning', dataset)
    await screen.findByText(/talks match/)
    expect(results()).toHaveLength(PAGE_SIZE)
    await user.click(screen.getByRole('button', { name: /Show more results/ }))
    expect(results()).toHaveLength(2 * PAGE_SIZE)
  })
})

describe('before the app is running', () => {
  it('searches for what was typed into the prerendered box before hydration', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const tree = (
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={['/']}>
          <SearchBox />
          <LocationProbe />
        </MemoryRouter>
      </QueryClientProvider>
    )
    const container = document.createElement('div')
    container.innerHTML = renderToString(tree)
    document.body.append(container)
    // Typed while the page was still only HTML: no React handler saw it.
    container.querySelector('input')!.value = 'pooling'
    await act(async () => {
      hydrateRoot(container, tree)
    })
    // Once the box's typing code is in (it loads at once: the box holds text the URL does not have).
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Current URL' })).toHaveTextContent(
        '/search?q=pooling',
      ),
    )
    expect(box()).toHaveValue('pooling')
    container.remove()
  })
})

describe('operators and the schedule filters, at a many-room conference', () => {
  const manyRooms = generateManyRooms()
  const resultItems = () =>
    screen.queryAllByRole('listitem').filter((item) => within(item).queryByRole('link'))
  const chip = (name: string) => screen.getByRole('button', { name: `Remove filter ${name}` })

  it('turns a finished room: operator into a chip and the URL, searching the rest', async () => {
    const user = userEvent.setup()
    renderSearch('/search', manyRooms)
    await screen.findByText(/Narrow it with/)
    // A word of a talk in Janson, and of talks in other rooms too.
    const word = manyRooms.talks.find((t) => t.roomId === 'janson')!.title.split(' ')[0]!
    expect(manyRooms.talks.some((t) => t.roomId !== 'janson' && t.title.includes(word))).toBe(true)
    await user.type(box(), `room:janson ${word}`)
    expect(currentUrl()).toBe(`/search?room=janson&q=${word}`)
    expect(box()).toHaveValue(word)
    expect(chip('Room: Janson')).toBeInTheDocument()
    await screen.findByText(/talks? match/)
    expect(resultItems().length).toBeGreaterThan(0)
    for (const item of resultItems()) expect(item).toHaveTextContent('Janson')
  })

  it('removes a chip by click, and by keyboard with focus kept in the list', async () => {
    const user = userEvent.setup()
    renderSearch('/search?room=janson&type=Keynote&q=graph', manyRooms)
    await screen.findByText(/match|No talks/)
    await user.click(chip('Room: Janson'))
    expect(currentUrl()).toBe('/search?type=Keynote&q=graph')
    expect(screen.queryByRole('button', { name: /Remove filter Room/ })).not.toBeInTheDocument()
    // Focus went on to the next chip.
    await waitFor(() => expect(chip('Type: Keynote')).toHaveFocus())
    await user.keyboard('{Enter}')
    expect(currentUrl()).toBe('/search?q=graph')
    // No chip left: the search box has focus, ready for more.
    await waitFor(() => expect(box()).toHaveFocus())
  })

  it('reads a link with operators in the query, and tidies it into the URL', async () => {
    renderSearch(`/search?q=${encodeURIComponent('room:"H.1305" type:talk learning')}`, manyRooms)
    await waitFor(() => expect(currentUrl()).toBe('/search?room=h-1305&type=Talk&q=learning'))
    expect(box()).toHaveValue('learning')
    expect(chip('Room: H.1305')).toBeInTheDocument()
    expect(chip('Type: Talk')).toBeInTheDocument()
  })

  it('lists the talks of filters alone in time order', async () => {
    renderSearch('/search?room=janson&day=2027-01-31', manyRooms)
    await screen.findByText(/in time order/)
    expect(document.getElementById('search-summary')!.textContent).toMatch(
      /^\d+ talks \(Day: Sun, Jan 31, Room: Janson\), in time order\.$/,
    )
    const janson = manyRooms.talks.filter(
      (t) => t.roomId === 'janson' && t.start.startsWith('2027-01-31'),
    )
    expect(results().slice(0, PAGE_SIZE)).toEqual(janson.slice(0, PAGE_SIZE).map((t) => t.title))
  })

  it('filters with the selects, which show what is in force and drop the operator they replace', async () => {
    const user = userEvent.setup()
    renderSearch(`/search?q=${encodeURIComponent('learning room:janson')}`, manyRooms)
    await screen.findByText(/match/)
    const room = screen.getByRole('combobox', { name: 'Room' })
    expect(room).toHaveValue('janson')
    await user.selectOptions(room, 'H.1305')
    expect(currentUrl()).toBe('/search?room=h-1305&q=learning')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Track' }), [
      screen.getAllByRole('option', { name: /devroom$/ })[0]!,
    ])
    expect(currentUrl()).toMatch(/^\/search\?room=h-1305&track=[^&]+devroom&q=learning$/)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Room' }), 'All rooms')
    expect(currentUrl()).toMatch(/^\/search\?track=[^&]+&q=learning$/)
    // One room only at this conference? No select: see the NeurIPS tests, which have no Room select.
    expect(screen.getByRole('combobox', { name: 'Day' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Type' })).toBeInTheDocument()
  })

  it('says so when an operator names nothing here, and offers near names', async () => {
    const user = userEvent.setup()
    renderSearch(`/search?q=${encodeURIComponent('room:jansen keynote')}`, manyRooms)
    expect(await screen.findByText('No room called “jansen”.')).toBeInTheDocument()
    expect(resultItems()).toEqual([])
    expect(chip('Room: jansen')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Janson' }))
    expect(currentUrl()).toBe('/search?room=janson&q=keynote')
  })

  it('asks which one when a value could be several rooms', async () => {
    const user = userEvent.setup()
    renderSearch(`/search?q=${encodeURIComponent('room:h ')}`, manyRooms)
    expect(await screen.findByText(/could be 5 rooms\. Which one\?/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'H.1309' }))
    expect(currentUrl()).toBe('/search?room=h-1309')
    await waitFor(() => expect(document.getElementById('search-summary')).toHaveFocus())
  })

  it('keeps hostile operator values as text', async () => {
    const hostile = 'room:"<img src=x onerror=alert(1)>" by:\u202e.*+?^${}()|[\\ \u200b'
    renderSearch(`/search?q=${encodeURIComponent(hostile)}`, manyRooms)
    expect(
      await screen.findByText('No room called “<img src=x onerror=alert(1)>”.'),
    ).toBeInTheDocument()
    expect(document.querySelector('main img, main script')).toBeNull()
    expect(box()).toHaveValue(hostile)
  })
})
