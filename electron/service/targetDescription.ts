// The one-line label of a target the session bar shows ("Demo: mydriver-x86",
// "lab@win01:22 — kd -z C:\dumps\MEMORY.DMP").
import type { TargetSpec } from '../contract';

export function describeTarget(target: TargetSpec): string {
  switch (target.kind) {
    case 'demo':
      return `Demo: ${target.scenario}`;
    case 'local':
      return target.argv.join(' ');
    case 'ssh':
      return `${target.user}@${target.host}:${target.port} — ${target.remoteArgv.join(' ')}`;
  }
}
