/** The search page's result summary: the header's box sends focus there on Enter. */
export const SEARCH_SUMMARY_ID = 'search-summary'

/** The header's search box: the "/" shortcut (src/app/shell/keyboard-shortcuts.tsx) focuses it. */
export const SEARCH_INPUT_ID = 'search-input'
