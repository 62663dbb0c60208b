/**
 * Where the star store and the Undo offer announce themselves when they load, whichever route loaded them, so the
 * talk rows' star buttons (star-loader.ts, in the initial JS) follow them from then on. A leaf module of its own so
 * the lazily loaded store does not import star-loader.ts: a lazy module importing back a module that loads it makes
 * the bundler split that module out of the initial JS into an extra chunk (rolldown/rolldown#10731).
 */
import type { starStore } from './star-store'
import type { UndoOffer } from './star-undo'

/** The stars' localStorage key; star-store.ts owns what is stored under it. */
export const STORAGE_KEY = 'plenary:stars'

export interface UndoApi {
  subscribe: (listener: () => void) => () => void
  current: () => UndoOffer | null
  unstarWithUndo: (talkId: string, title: string) => void
}

export const starLink: {
  store: typeof starStore | null
  undo: UndoApi | null
  /** Set by star-loader.ts; called after each arrival. */
  arrived: () => void
} = { store: null, undo: null, arrived: () => {} }
