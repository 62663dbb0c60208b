/**
 * What the header's search box (search-box.tsx) does with what is typed, loaded when the box first gets focus or
 * input, or with the search page: the box is in every page's first load, this is not. It renders nothing; it listens.
 *
 * What is typed goes straight into the URL (/search?q=...): the first keystroke away from the search page pushes a
 * history entry, so Back returns to where the search began; later ones replace it, so Back does not step through
 * every letter. Esc clears the box and the query; Enter moves to the results.
 *
 * The input is uncontrolled: the URL, not React state, is the truth, and the box only follows the URL when it
 * changes by other means (Back, a link). Echoing every keystroke back through the router could overwrite letters
 * typed while a navigation was still rendering.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { useLocation, useNavigate } from 'react-router-dom'
import { paths } from '../../lib/paths'
import { SEARCH_SUMMARY_ID } from './search-ids'
import { NO_SEARCH, readSearchState, searchHref } from './search-params'
import { onQueryRewrite, rewriteQuery } from './query-rewrite'

/** What the box's own handlers call once this is in. */
export interface TypingHandlers {
  /** A keystroke: what is in the box now is the query. */
  type: () => void
  /** Enter. */
  submit: () => void
  /** Esc emptied the box (the box does that itself, at once). */
  cleared: () => void
}

/** What happened in the box before this was in, besides the text in it. */
export interface EarlyInput {
  typed: boolean
  submitted: boolean
}

/** Focuses the search page's result summary, waiting up to a second for the page to render it. */
function focusSummary(frames = 60) {
  const summary = document.getElementById(SEARCH_SUMMARY_ID)
  if (summary) summary.focus()
  else if (frames > 0) requestAnimationFrame(() => focusSummary(frames - 1))
}

export function SearchTyping({
  inputRef,
  handlersRef,
  earlyRef,
}: {
  inputRef: RefObject<HTMLInputElement | null>
  handlersRef: RefObject<TypingHandlers | null>
  earlyRef: RefObject<EarlyInput>
}) {
  const location = useLocation()
  const navigate = useNavigate()
  const onSearchPage = location.pathname === paths.search.path
  const urlState = readSearchState(location.search)
  const urlQuery = onSearchPage ? urlState.query : ''
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
      const box = inputRef.current
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
    [navigate, inputRef],
  )

  const submit = useCallback(() => {
    const query = inputRef.current?.value ?? ''
    if (!here.current.onSearch || here.current.state.query !== query) go(query, true)
    else go(query, true, true)
    // Enter means "show me": move to the results (on a phone this also puts the keyboard away).
    focusSummary()
  }, [go, inputRef])

  useEffect(() => {
    // The search page may have lent its rewrite before this was in.
    const rewrite = () => {
      if (here.current.onSearch && inputRef.current) go(inputRef.current.value, false, true)
    }
    rewrite()
    return onQueryRewrite(rewrite)
  }, [go, inputRef])

  useEffect(() => {
    handlersRef.current = {
      type: () => go(inputRef.current?.value ?? ''),
      submit,
      cleared: () => {
        if (here.current.onSearch) go('')
      },
    }
    return () => {
      handlersRef.current = null
    }
  }, [handlersRef, go, submit, inputRef])

  const started = useRef(false)
  useEffect(() => {
    const box = inputRef.current
    if (!box) return
    if (!started.current) {
      started.current = true
      // What was typed before this was in (into the prerendered page before the app ran, or while this loaded) is a
      // search; an Enter pressed meanwhile, a request for its results.
      if (earlyRef.current.typed || box.value !== urlQuery) go(box.value)
      if (earlyRef.current.submitted) submit()
      earlyRef.current = { typed: false, submitted: false }
      return
    }
    const own = written.current.indexOf(urlQuery)
    if (own >= 0) written.current.splice(0, own + 1)
    else if (box.value !== urlQuery) box.value = urlQuery
  }, [urlQuery, go, submit, inputRef, earlyRef])

  return null
}
