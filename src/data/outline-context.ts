import { createContext, useContext } from 'react'
import { outline } from 'virtual:plenary-dataset'
import type { DatasetOutline } from './dataset-outline'

/** The build's outline; a test renders the app with a fixture's instead. */
export const OutlineContext = createContext<DatasetOutline>(outline)

export function useOutline(): DatasetOutline {
  return useContext(OutlineContext)
}
