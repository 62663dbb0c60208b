import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useLocation } from 'react-router-dom'
import { paths } from '../../lib/paths'
import { SEARCH_INPUT_ID } from './search-ids'
import { loadSearchTyping, prefetchSearch } from './search-loader'
import type { EarlyInput, SearchTyping, TypingHandlers } from './search-typing'
import './search-box.css'

/**
 * The header's search box, on every page. What is typed goes straight into the URL (/search?q=...), Esc clears it,
 * Enter moves to the results, and "/" anywhere focuses it (a shortcut of the shell's).
 *
 * Only the box itself is in every page's first load: what typing does (search-typing.tsx) loads when the box gets
 * focus, as the search does (search-loader.ts), or with the search page. The box works at once all the same: it is
 * a plain input, so what is typed while that code loads is in it, and is searched for as soon as it is in, as is
 * what was typed into the prerendered page before the app ran.
 */
export function SearchBox() {
  const location = useLocation()
  const onSearchPage = location.pathname === paths.search.path
  // The query as search-params.ts reads it: `q`, on the search page.
  const urlQuery = onSearchPage ? (new URLSearchParams(location.search).get('q') ?? '') : ''
  const input = useRef<HTMLInputElement>(null)
  const handlers = useRef<TypingHandlers | null>(null)
  const early = useRef<EarlyInput>({ typed: false, submitted: false })
  const [Typing, setTyping] = useState<typeof SearchTyping | null>(null)

  const load = () => {
    loadSearchTyping().then(
      (loaded) => setTyping(() => loaded),
      // Offline before the app was cached: the next keystroke tries again.
      () => {},
    )
  }

  // With the search page, which lends the box its rewrite of operators (query-rewrite.ts); and for what was typed
  // into the prerendered box before the app ran.
  useEffect(() => {
    if (onSearchPage || input.current?.value !== urlQuery) load()
  }, [onSearchPage, urlQuery])

  const onChange = () => {
    if (handlers.current) return handlers.current.type()
    early.current.typed = true
    load()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    const box = event.currentTarget
    if (box.value === '') {
      box.blur()
      return
    }
    box.value = ''
    handlers.current?.cleared()
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (handlers.current) return handlers.current.submit()
    early.current.submitted = true
    load()
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
        onFocus={() => {
          prefetchSearch()
          load()
        }}
        onChange={onChange}
        onKeyDown={onKeyDown}
      />
      <kbd className="header-search__key" aria-hidden="true">
        /
      </kbd>
      {Typing && <Typing inputRef={input} handlersRef={handlers} earlyRef={early} />}
    </form>
  )
}
