import { useCallback, useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { paths } from '../../lib/paths'
import { SEARCH_INPUT_ID, SEARCH_SUMMARY_ID } from './search-ids'
import { NO_SEARCH, readSearchState, searchHref } from './search-params'
import { prefetchSearch } from './search-loader'
import { onQueryRewrite, rewriteQuery } from './query-rewrite'
import './search-box.css'

/** Focuses the search page's result summary, waiting up to a second for the page to render it. */
function focusSummary(frames = 60) {
  const summary = document.getElementById(SEARCH_SUMMARY_ID)
  if (summary) summary.focus()
  else if (frames > 0) requestAnimationFrame(() => focusSummary(frames - 1))
}

/**
 * The header's search box, on every page. What is typed goes straight into the URL (/search?q=...): the first
 * keystroke away from the search page pushes a history entry, so Back returns to where the search began; later ones
 * replace it, so Back does not step through every letter. Esc clears it; "/" anywhere focuses it (a shortcut of the
 * shell's).
 *
 * The input is uncontrolled: the URL, not React state, is the truth, and the box only follows the URL when it
 * changes by other means (Back, a link). Echoing every keystroke back through the router could overwrite letters
 * typed while a navigation was still rendering.
 */
export function SearchBox() {
  const location = useLocation()
  const navigate = useNavigate()
  const onSearchPage = location.pathname === paths.search.path
  const urlState = readSearchState(location.search)
  const urlQuery = onSearchPage ? urlState.query : ''
  const input = useRef<HTMLInputElement>(null)
  // Queries this box put into the URL and has not yet seen come back.
  const written = useRef<string[]>([])
  /**
   * Where the browser is, for the event handlers. Not the render's `location` alone: a navigation to a route whose
   * code is still loading renders in a transition, so for a moment the render still shows the page the search
   * started from, and the second keystroke would push a second history entry. The box records its own navigations
   * here at once; the effect below records everyone else's.
   */
  const here = useRef({ onSearch: onSearchPage, state: urlState })

  useEffect(() => {
    here.current = {
      onSearch: location.pathname === paths.search.path,
      state: readSearchState(location.search),
    }
  }, [location.pathname, location.search])

  /**
   * `final` is Enter: an operator still at the end of the query counts as finished. `onlyIfRewritten`: the search
   * page has just lent its rewrite (query-rewrite.ts), and what was typed before may now move out of the query.
   */
  const go = useCallback(
    (typed: string, final = false, onlyIfRewritten = false) => {
      const { onSearch, state } = here.current
      // Filters stay while refining a search; a search started elsewhere starts without them.
      const next = rewriteQuery(
        onSearch ? { ...state, query: typed } : { ...NO_SEARCH, query: typed },
        final,
      )
      const box = input.current
      if (next.query !== typed && box) {
        // A finished operator became a chip: the box keeps the rest, the caret where it was in it.
        const caret = Math.max(
          0,
          (box.selectionEnd ?? typed.length) - typed.length + next.query.length,
        )
        box.value = next.query
        if (box === document.activeElement) box.setSelectionRange(caret, caret)
      } else if (onlyIfRewritten) return
      written.current.push(next.query)
      navigate(searchHref(next), { replace: onSearch })
      here.current = { onSearch: true, state: next }
    },
    [navigate],
  )

  useEffect(
    () =>
      onQueryRewrite(() => {
        if (here.current.onSearch && input.current) go(input.current.value, false, true)
      }),
    [go],
  )

  const started = useRef(false)
  useEffect(() => {
    const box = input.current
    if (!box) return
    if (!started.current) {
      started.current = true
      // The prerendered page shows the box before the app is running: what was typed by then is a search.
      if (box.value !== urlQuery) go(box.value)
      return
    }
    const own = written.current.indexOf(urlQuery)
    if (own >= 0) written.current.splice(0, own + 1)
    else if (box.value !== urlQuery) box.value = urlQuery
  }, [urlQuery, go])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    const box = event.currentTarget
    if (box.value === '') {
      box.blur()
      return
    }
    box.value = ''
    if (here.current.onSearch) go('')
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const query = input.current?.value ?? ''
    if (!here.current.onSearch || here.current.state.query !== query) go(query, true)
    else go(query, true, true)
    // Enter means "show me": move to the results (on a phone this also puts the keyboard away).
    focusSummary()
  }

  return (
    <form role="search" className="header-search" onSubmit={onSubmit}>
      {/* A label that stays in view: the placeholder goes as soon as something is typed. "talks" is for the ear;
          the visible word starts the box's name, so "Search" said to speech input finds it (WCAG 2.5.3). */}
      <label htmlFor={SEARCH_INPUT_ID} className="header-search__label">
        Search <span className="visually-hidden">talks</span>
      </label>
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
        type="search"
        name="q"
        placeholder="Talks, authors, abstracts"
        defaultValue={urlQuery}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        enterKeyHint="search"
        className="header-search__input"
        onFocus={prefetchSearch}
        onChange={(event) => go(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <kbd className="header-search__key" aria-hidden="true">
        /
      </kbd>
    </form>
  )
}
