declare module 'virtual:plenary-dataset' {
  /** Where the dataset's files are and what the shell shows of it (scripts/build/dataset-plugin.ts). */
  export const outline: import('./dataset-outline').DatasetOutline
}
