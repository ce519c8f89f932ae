// What a target allows. A dump can only be read; a live target (KDNET/COM) can also be
// resumed and broken into; local kernel debugging (-kl) reads a running system but
// cannot stop it, so "snapshots over time" are just waits there.

import type { TargetKind } from '../contract/investigationWireTypes';
import type { StepReason } from '../contract/stepReasons';

export type { TargetKind };

export type Capability =
  /** `g` and break-in (PoolHitTag, snapshots between runs). */
  | 'resume'
  /** Time passes on the target between two commands (live running or local). */
  | 'time-passes'
  /** Commands go to a real debugger (not a recorded log). */
  | 'debugger';

export interface TargetProfile {
  kind: TargetKind;
  /** True when commands are answered from a recorded log. */
  offline: boolean;
}

export function capabilitiesOf(profile: TargetProfile): Set<Capability> {
  const caps = new Set<Capability>();
  if (profile.offline) return caps;
  caps.add('debugger');
  if (profile.kind === 'live') {
    caps.add('resume');
    caps.add('time-passes');
  }
  if (profile.kind === 'local') caps.add('time-passes');
  return caps;
}

export function describeMissingCapability(capability: Capability, profile: TargetProfile): StepReason {
  if (profile.offline) return { code: 'offline' };
  switch (capability) {
    case 'resume':
      return { code: profile.kind === 'dump' ? 'needs-live-target' : 'needs-resumable-target' };
    case 'time-passes':
      return { code: 'needs-time-passing' };
    case 'debugger':
      return { code: 'needs-debugger' };
  }
}
