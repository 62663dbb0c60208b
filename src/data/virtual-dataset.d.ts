declare module 'virtual:plenary-dataset' {
  /** Where the dataset's files are and what the shell shows of it (scripts/build/dataset-plugin.ts). */
  export const outline: import('./dataset-outline').DatasetOutline
  /** How many talks the busiest day has (known at build time: a bundle leaves out what no day needs). */
  export const longestDay: number
}
