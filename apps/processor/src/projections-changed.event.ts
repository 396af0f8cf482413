/** In-process notice that projections moved; the query app's stream and the alert relay listen for it. */
export class ProjectionsChanged {
  constructor(
    readonly theatres: string[],
    readonly newIncidents: string[],
  ) {}
}
