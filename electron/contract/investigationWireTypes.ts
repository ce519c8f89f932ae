// Small investigation types that cross the UI boundary. The engine in
// electron/investigation uses these same definitions.

export type PlaybookId = 'leak-at-unload' | 'pool-growth' | 'corruption';

/** inconclusive: the step ran, but its output came back damaged (see investigation/outputDamage). */
export type StepStatus = 'pending' | 'running' | 'done' | 'inconclusive' | 'skipped' | 'failed' | 'cancelled';

export interface StepProgress {
  done: number;
  total: number;
  message: string | null;
}

/** What the investigation can do with the target: a dump cannot run, a live target can. */
export type TargetKind = 'dump' | 'live' | 'local';
