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

/**
 * A problem with a schedule file, named by where it is: "line 6291: <event id=8376> <duration>" in XML, the JSON
 * path ("schedule.conference.days[1].rooms.Saal 1[3].date") in JSON.
 */
export class SourceError extends Error {
  constructor(
    readonly where: string,
    detail: string,
  ) {
    super(`${where}: ${detail}`)
    this.name = 'SourceError'
  }
}
