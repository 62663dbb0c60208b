import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { BrowserRouter } from 'react-router-dom'
import { AppRoutes, basename } from './router'

/**
 * The providers around the routes. The query client comes from main.tsx, which seeds it before hydrating. The
 * prerenderer (entry-server.tsx) renders the same tree with a StaticRouter in place of the BrowserRouter, so
 * hydration and `useId` see identical component trees.
 */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter basename={basename}>
        <AppRoutes />
      </BrowserRouter>
    </QueryClientProvider>
  )
}
