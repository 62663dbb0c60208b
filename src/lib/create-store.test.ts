import { describe, expect, it, vi } from 'vitest'
import { createStore } from './create-store'

describe('createStore', () => {
  it('tells its listeners about a new value, not about the same one', () => {
    const store = createStore(1)
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    store.set(1)
    expect(listener).not.toHaveBeenCalled()
    store.set(2)
    expect(store.get()).toBe(2)
    expect(listener).toHaveBeenCalledTimes(1)
    store.emit()
    expect(listener).toHaveBeenCalledTimes(2)
    unsubscribe()
    store.set(3)
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('watches its outside source only while someone listens', () => {
    const stop = vi.fn()
    const watch = vi.fn(() => stop)
    const store = createStore(null, watch)
    const first = store.subscribe(() => {})
    const second = store.subscribe(() => {})
    expect(watch).toHaveBeenCalledTimes(1)
    first()
    expect(stop).not.toHaveBeenCalled()
    second()
    expect(stop).toHaveBeenCalledTimes(1)
    store.subscribe(() => {})
    expect(watch).toHaveBeenCalledTimes(2)
  })
})
