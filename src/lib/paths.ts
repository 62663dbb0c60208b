/** Every route path of the app, and the builders of its links. One place, so no link is typed by hand. */
export const paths = {
  timeline: { path: '/', href: () => '/' },
  talk: {
    path: '/talks/:talkId',
    href: (talkId: string) => `/talks/${encodeURIComponent(talkId)}`,
  },
  author: {
    path: '/authors/:authorId',
    href: (authorId: string) => `/authors/${encodeURIComponent(authorId)}`,
  },
  search: {
    path: '/search',
    href: (query = '') => (query ? `/search?${new URLSearchParams({ q: query })}` : '/search'),
  },
  agenda: { path: '/agenda', href: () => '/agenda' },
  now: { path: '/now', href: () => '/now' },
  changes: { path: '/changes', href: () => '/changes' },
} as const
