declare module 'virtual:plenary-search-index' {
  /** The search asset's path, relative to the app's base URL (scripts/build/dataset-plugin.ts). */
  export const searchIndexFile: string
}
