/** What every route component gets from the route table (router.tsx): its path's parameters, decoded. */
export interface RouteProps {
  params: Readonly<Record<string, string | undefined>>
}
