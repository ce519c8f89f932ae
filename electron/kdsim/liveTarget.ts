// The live target's run/stop cycle: where it stops on a manual break-in, PoolHitTag
// hits at allocation sites whose tag matches nt!PoolHitTag, and the pool growth that
// happens each time the target runs (the live growth scenario's leak).
import { formatPointer, parseHex, tagFromUlong, ulongFromTag } from './addressFormat';
import type { KdState } from './kdState';
import { fatalSystemErrorBlock, int3Line, manualBreakInText, poolHitText } from './outputLayout/breakInText';
import type { LiveModel } from './scenarioSchema';

type PoolHitSite = LiveModel['poolHitSites'][number];

export class LiveTarget {
  constructor(private readonly state: KdState) {}

  /** Where kd shows the target stopped: the scenario's break-in address or nt!DbgBreakPointWithStatus. */
  breakLocation(reason: 'manual' | 'bugcheck'): { symbol: string; address: bigint } {
    const resolver = this.state.resolver;
    if (reason === 'bugcheck') {
      const sym = resolver.findSymbol('nt', 'RtlpBreakWithStatusInstruction') ?? resolver.findSymbol('nt', 'DbgBreakPointWithStatus');
      if (sym) return { symbol: `nt!${sym.name}`, address: sym.address };
    }
    const configured = this.state.scenario.live?.breakInAddress;
    if (configured) {
      const address = parseHex(configured);
      return { symbol: resolver.symbolText(address) ?? formatPointer(this.state.arch, address), address };
    }
    const sym = resolver.findSymbol('nt', 'DbgBreakPointWithStatus');
    const address = sym?.address ?? parseHex(this.state.scenario.system.kernelBase) + 0x7f0n;
    return { symbol: 'nt!DbgBreakPointWithStatus', address };
  }

  /** The allocation site that will hit next, if nt!PoolHitTag names a site's tag. */
  pendingPoolHit(): PoolHitSite | null {
    const sites = this.state.scenario.live?.poolHitSites ?? [];
    const tag = this.state.poolHitTag;
    const matching = sites.filter((s) => ulongFromTag(s.tag) === tag);
    if (matching.length === 0) return null;
    return matching[this.state.nextHitIndex % matching.length] ?? null;
  }

  /**
   * The stop text when this run is the one that bug checks (live.bugCheckOnRun): the
   * "*** Fatal System Error" block and the break location; the run is recorded. Null otherwise.
   */
  pendingBugCheck(): string | null {
    const bc = this.state.scenario.bugcheck;
    if (bc === undefined || this.state.scenario.live?.bugCheckOnRun !== this.state.runCount + 1) return null;
    this.recordRun();
    const stop = this.breakLocation('bugcheck');
    this.state.currentStack = null;
    return [...fatalSystemErrorBlock(this.state.arch, bc.code, bc.args), `${stop.symbol}:`, int3Line(this.state.arch, stop.address)].join('\n') + '\n';
  }

  /** The target ran and stopped: apply one run's worth of pool growth. */
  private recordRun(): void {
    this.state.runCount++;
    const growth = this.state.scenario.live?.growth ?? [];
    for (const g of growth) {
      const usage = this.state.grownUsage.get(g.tag) ?? { nonPagedAllocs: 0, nonPagedBytes: 0, pagedAllocs: 0, pagedBytes: 0 };
      usage.nonPagedAllocs += g.nonPagedAllocsPerRun;
      usage.nonPagedBytes += g.nonPagedBytesPerRun;
      usage.pagedAllocs += g.pagedAllocsPerRun;
      usage.pagedBytes += g.pagedBytesPerRun;
      this.state.grownUsage.set(g.tag, usage);
      if (g.blockAddressBase && g.blockSize) {
        const size = parseHex(g.blockSize);
        const count = g.nonPagedAllocsPerRun + g.pagedAllocsPerRun;
        for (let i = 0; i < Math.min(count, 64); i++) {
          const n = BigInt(this.state.grownBlocks.length);
          this.state.grownBlocks.push({
            tag: g.tag,
            address: parseHex(g.blockAddressBase) + n * ((size + 0xfffn) & ~0xfffn),
            size,
            poolType: g.pagedAllocsPerRun > 0 ? 'Paged' : 'NonPaged',
          });
        }
      }
    }
  }

  /** Break-in text; `afterRun` = false for the stop kd finds when it connects. */
  breakIn(afterRun = true): string {
    if (afterRun) this.recordRun();
    const stop = this.breakLocation('manual');
    this.state.currentStack = this.state.scenario.live?.breakInStack.length ? this.state.scenario.live.breakInStack : null;
    return manualBreakInText(this.state.arch, stop.symbol, stop.address);
  }

  poolHit(site: PoolHitSite): string {
    this.recordRun();
    this.state.nextHitIndex++;
    this.state.currentStack = site.stack;
    return poolHitText(this.state.arch, site.breakSymbol, parseHex(site.breakAddress));
  }

  /** Text of the current PoolHitTag value as a tag ("Leak"), for dc-style displays. */
  poolHitTagText(): string {
    return tagFromUlong(this.state.poolHitTag);
  }
}
