declare module 'virtual:plenary-dataset' {
  /** The schedule index's path, relative to the app's base URL (scripts/build/dataset-plugin.ts). */
  export const scheduleFile: string
}
