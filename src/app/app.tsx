import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { startTransition, useEffect, useState } from 'react'
import { BrowserRouter } from 'react-router-dom'
import { HydratedContext } from '../lib/client-store'
import { AppRoutes, basename } from './router'

/**
 * The providers around the routes. The query client comes from main.tsx, which seeds it before hydrating. The
 * prerenderer (entry-server.tsx) renders the same tree with a StaticRouter in place of the BrowserRouter, so
 * hydration and `useId` see identical component trees. `hydrating`: the first render must equal the prerendered
 * HTML; what only the browser knows comes in the transition right after (src/lib/client-store.ts).
 */
export function App({ queryClient, hydrating }: { queryClient: QueryClient; hydrating: boolean }) {
  const [hydrated, setHydrated] = useState(!hydrating)
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true))
  }, [hydrated])
  return (
    <HydratedContext value={hydrated}>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter basename={basename}>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </HydratedContext>
  )
}
