import type { VirtualItem, Virtualizer, VirtualizerOptions } from '@tanstack/virtual-core'
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useReducer, useState } from 'react'
import { flushSync } from 'react-dom'

type Engine = typeof import('./window-list-engine')
type WindowVirtualizer = Virtualizer<Window, HTMLElement>

/**
 * How far down the page the list renders before its engine is in: the prerendered page and its hydration, and a
 * visit that never scrolls. More than a phone's or a laptop's first screen of sessions.
 */
const STATIC_HEIGHT = 1000

let engine: Engine | null = null
let loadingEngine: Promise<Engine> | null = null

function loadEngine(): Promise<Engine> {
  loadingEngine ??= import('./window-list-engine').then((module) => (engine = module))
  return loadingEngine
}

export interface WindowListOptions {
  count: number
  estimateSize: (index: number) => number
  getItemKey: (index: number) => string | number
  /** Where the list starts in the page. */
  scrollMargin: number
  initialOffset: number
  initialMeasurementsCache: VirtualItem[]
  /** False on the server and while hydrating: the first render must be the static one, equal to the HTML. */
  hydrated: boolean
  /** Whether the list needs its engine now (the reader scrolled, or it must go somewhere). */
  wanted: boolean
}

export interface WindowList {
  items: Pick<VirtualItem, 'key' | 'index' | 'start'>[]
  totalSize: number
  /** Null until the engine is in. */
  virtualizer: WindowVirtualizer | null
  /** Each row's ref once the engine is in: it measures the row. */
  measureElement: ((node: HTMLElement | null) => void) | undefined
}

/**
 * A list in the window's scroll whose rows near the viewport only are in the DOM. Until its engine (TanStack
 * Virtual's core, ./window-list-engine.ts) is wanted and loaded, it renders the head of the list from estimated
 * sizes: the same rows the prerendered HTML holds, so hydrating needs no engine. When the engine takes over, the rows
 * already there keep their keys and elements, so none of them is rendered again.
 */
export function useWindowList(options: WindowListOptions): WindowList {
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const resolve = (loaded: Engine): VirtualizerOptions<Window, HTMLElement> => {
    const { hydrated: _hydrated, wanted: _wanted, ...rest } = options
    return {
      ...rest,
      overscan: 1,
      getScrollElement: () => window,
      observeElementRect: loaded.observeWindowRect,
      observeElementOffset: loaded.observeWindowOffset,
      scrollToFn: loaded.windowScroll,
      initialRect: { width: window.innerWidth, height: window.innerHeight },
      // A change while rows are measured during a commit re-renders later; a scroll re-renders in its own frame.
      onChange: (_instance, sync) => (sync && !measuring ? flushSync(rerender) : rerender()),
    }
  }
  // Back on a list whose engine an earlier visit loaded: it takes over from the first render.
  const [virtualizer, setVirtualizer] = useState<WindowVirtualizer | null>(() =>
    engine && options.hydrated ? new engine.Virtualizer(resolve(engine)) : null,
  )
  virtualizer?.setOptions(resolve(engine!))

  const start = useEffectEvent((loaded: Engine) =>
    setVirtualizer(new loaded.Virtualizer(resolve(loaded))),
  )
  useEffect(() => {
    if (!options.wanted || !options.hydrated || virtualizer) return
    let mounted = true
    void loadEngine().then((loaded) => mounted && start(loaded))
    return () => {
      mounted = false
    }
  }, [options.wanted, options.hydrated, virtualizer])
  useLayoutEffect(() => virtualizer?._didMount(), [virtualizer])
  useLayoutEffect(() => virtualizer?._willUpdate())

  // The engine's measuring of a row, marked so that a change it causes re-renders after the commit, not inside it.
  const measureElement = useMemo(
    () =>
      virtualizer
        ? (node: HTMLElement | null) => {
            measuring = true
            try {
              virtualizer.measureElement(node)
            } finally {
              measuring = false
            }
          }
        : undefined,
    [virtualizer],
  )

  if (virtualizer)
    return {
      items: virtualizer.getVirtualItems(),
      totalSize: virtualizer.getTotalSize(),
      virtualizer,
      measureElement,
    }
  return { ...staticLayout(options), virtualizer: null, measureElement }
}

let measuring = false

/** The rows from the top of the list down to STATIC_HEIGHT and one more, placed by known or estimated sizes. */
function staticLayout({
  count,
  estimateSize,
  getItemKey,
  scrollMargin,
  initialMeasurementsCache,
}: WindowListOptions): Pick<WindowList, 'items' | 'totalSize'> {
  const known = new Map(initialMeasurementsCache.map((item) => [item.index, item.size]))
  const items: WindowList['items'] = []
  let offset = 0
  let below = 0
  for (let index = 0; index < count; index++) {
    // Those that start above the line, and one more (the engine's overscan).
    if (offset < STATIC_HEIGHT || below++ < 1)
      items.push({ key: getItemKey(index), index, start: scrollMargin + offset })
    offset += known.get(index) ?? estimateSize(index)
  }
  return { items, totalSize: offset }
}
