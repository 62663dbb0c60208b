/** The search page's result summary: the header's box sends focus there on Enter. */
export const SEARCH_SUMMARY_ID = 'search-summary'
