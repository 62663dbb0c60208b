/** The keyboard shortcuts, as the dialog lists them. `/` belongs to the header's search box. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: '/', does: 'Search' },
  { keys: 'j', does: 'Next talk in the list' },
  { keys: 'k', does: 'Previous talk in the list' },
  { keys: 's', does: 'Star or unstar the current talk' },
  { keys: '?', does: 'Show these shortcuts' },
]
