// The mutable state of one kdsim session over an immutable scenario: symbol path,
// .lines, current processor, nt!PoolHitTag, the live target's run count and growth.
import { parseHex } from './addressFormat';
import type { Scenario, StackFrame } from './scenarioSchema';
import { SymbolResolver } from './symbolResolver';

export type OsLayout = 'win7' | 'win8' | 'win10';

export function osLayoutForBuild(build: number): OsLayout {
  if (build < 9200) return 'win7';
  if (build < 10240) return 'win8';
  return 'win10';
}

export interface GrownBlock {
  tag: string;
  address: bigint;
  size: bigint;
  poolType: 'NonPaged' | 'Paged';
}

export class KdState {
  readonly resolver: SymbolResolver;
  readonly layout: OsLayout;
  readonly arch: Scenario['system']['arch'];
  symbolPath: string;
  linesEnabled = true;
  currentProcessor: number;
  poolHitTag: bigint;
  /** Times the live target has been run (g) and stopped again. */
  runCount = 0;
  /** Index of the next PoolHitTag hit site to use. */
  nextHitIndex = 0;
  /** Stack shown by k after a break-in or a PoolHitTag hit (null = the scenario's stack). */
  currentStack: StackFrame[] | null = null;
  /** Extra pool blocks created by live growth (for !poolfind). */
  grownBlocks: GrownBlock[] = [];
  /** Per-tag usage added by live growth: tag -> counters. */
  readonly grownUsage = new Map<string, { nonPagedAllocs: number; nonPagedBytes: number; pagedAllocs: number; pagedBytes: number }>();

  constructor(readonly scenario: Scenario) {
    this.resolver = new SymbolResolver(scenario);
    this.layout = osLayoutForBuild(scenario.system.build);
    this.arch = scenario.system.arch;
    this.symbolPath = scenario.symbols.path;
    this.currentProcessor = Math.min(scenario.system.currentProcessor, scenario.system.processors - 1);
    this.poolHitTag = scenario.poolHitTag ? parseHex(scenario.poolHitTag.initialValue) : 0n;
  }

  prompt(): string {
    // Local kernel debugging (kd -kl) always prompts "lkd> ", whatever the processor count.
    if (this.scenario.target.kind === 'local') return 'lkd> ';
    return this.scenario.system.processors > 1 ? `${this.currentProcessor}: kd> ` : 'kd> ';
  }

  isLive(): boolean {
    return this.scenario.target.kind !== 'dump';
  }

  stack(): StackFrame[] {
    return this.currentStack ?? this.scenario.stack;
  }

  /** Extra named addresses kd knows without module symbols (nt!PoolHitTag). */
  extraSymbols(): Record<string, bigint> {
    const extra: Record<string, bigint> = {};
    if (this.scenario.poolHitTag) {
      const address = parseHex(this.scenario.poolHitTag.address);
      extra['nt!poolhittag'] = address;
      extra['poolhittag'] = address;
    }
    return extra;
  }

  evaluate(expression: string): bigint {
    return this.resolver.evaluate(expression, this.extraSymbols());
  }
}
