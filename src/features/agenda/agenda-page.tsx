import { useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useSchedule } from '../../data/use-schedule'
import { readSharedIds } from './agenda-link'
import { MyAgenda } from './my-agenda'
import { SharedAgenda } from './shared-agenda'
import './agenda.css'

/** /agenda is your own agenda; /agenda?ids=... is one shared with you, read-only until you add it. */
export function AgendaPage() {
  const model = useSchedule()
  const [params] = useSearchParams()
  const query = params.toString()
  // Keyed on the query text, so the shared list (and the agenda built from it) is stable between renders.
  const shared = useMemo(() => readSharedIds(new URLSearchParams(query)), [query])
  return shared ? <SharedAgenda model={model} ids={shared} /> : <MyAgenda model={model} />
}
