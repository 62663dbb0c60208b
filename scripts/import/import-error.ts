/** A problem with the source, named by its line so it can be found and fixed. */
export class ImportError extends Error {
  constructor(
    readonly line: number,
    readonly field: string,
    detail: string,
  ) {
    super(`line ${line}: ${field}: ${detail}`)
    this.name = 'ImportError'
  }
}
