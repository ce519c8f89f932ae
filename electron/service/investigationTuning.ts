// `investigation.start`'s driver and optional tuning (the CLI's --pooltag, --snapshots,
// --interval, --hit-tag) as the engine's options; what is left out keeps its default.
import type { RequestParams } from '../contract';
import type { InvestigationOptions } from '../investigation/investigationOptions';
import { parsePoolTagFile } from '../investigation/poolTagFile';

type StartParams = RequestParams<'investigation.start'>;

export function investigationOptionsOf(driver: StartParams['driver'], tuning: StartParams['tuning']): Partial<InvestigationOptions> {
  const options: Partial<InvestigationOptions> = {};
  if (driver) options.driver = driver;
  if (tuning?.poolTagFile !== undefined) options.poolTagFile = parsePoolTagFile(tuning.poolTagFile);
  if (tuning?.snapshots !== undefined) options.snapshots = tuning.snapshots;
  if (tuning?.snapshotIntervalSeconds !== undefined) options.snapshotIntervalMs = tuning.snapshotIntervalSeconds * 1000;
  if (tuning?.poolHitTag !== undefined) options.poolHitTag = tuning.poolHitTag;
  if (tuning?.poolHitCount !== undefined) options.poolHitCount = tuning.poolHitCount;
  if (tuning?.poolHitWaitSeconds !== undefined) options.poolHitWaitMs = tuning.poolHitWaitSeconds * 1000;
  return options;
}
