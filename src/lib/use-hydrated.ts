import { useClientValue } from './client-store'

const yes = () => true
const no = () => false

/**
 * False on the server and during hydration, true after: what depends on the browser (its clock, zone, locale,
 * storage) renders only then, so the first client render matches the prerendered HTML.
 */
export function useHydrated(): boolean {
  return useClientValue(yes, no)
}
