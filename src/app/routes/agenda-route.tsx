import { AgendaPage } from '../../features/agenda/agenda-page'

export function Component() {
  return <AgendaPage />
}
