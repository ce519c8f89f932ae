// What steps learned, for later steps to branch on. Not serialised as such: reports
// are built from findings and step records; facts hold the parsed results.
import type { AnalyzeResult, BannerResult, LnResult, PoolResult, PoolUsedResult, StackFrame, VerifiedDriver, Verifier3Result, VerifierLogBlock, VmResult } from '../parsers/resultTypes';
import type { AllocationSite, BugcheckSummary, DriverSource, LeakTotals, PoolHitStack, PoolKind, TagGrowth } from '../contract/findingTypes';

export interface PoolUsedSnapshot {
  takenAt: number;
  result: PoolUsedResult;
}

/** A verified driver besides the investigated one that still holds pool, with its sites. */
export interface OtherLeakingDriver {
  name: string;
  leak: LeakTotals;
  sites: AllocationSite[];
}

/** Who owns a pool tag, as the tag-owners step found it. */
export interface TagOwner {
  owners: string[];
  source: 'pooltag-file' | 'debugger' | 'findstr-suggestion';
  /** The findstr command to run when no pooltag.txt knows the tag. */
  command: string | null;
}

export interface InvestigationFacts {
  banner: BannerResult | null;
  analyze: AnalyzeResult | null;
  bugcheck: BugcheckSummary | null;
  driver: { name: string; source: DriverSource } | null;
  /** Line info known to be missing for the driver (ln prints no file:line). */
  lineInfo: boolean | null;
  verifier: Verifier3Result | null;
  verifiedDriver: VerifiedDriver | null;
  /** Reason the verifier has no usable data (Pool Tracking off, driver not verified…). */
  verifierUnavailable: string | null;
  /** Triage: the verified driver that still holds tracked pool (chooses leak-at-unload). */
  verifierLeakDriver: string | null;
  /** ln result per caller address (normalised). */
  callers: Map<string, LnResult>;
  /** Newest allocate entry of the verifier log per outstanding allocation address. */
  allocationStacks: Map<string, VerifierLogBlock>;
  /** Pool kind per allocation site id (from !pool when the driver has both kinds). */
  sitePoolKinds: Map<string, PoolKind>;
  logCapacity: number | null;
  sites: AllocationSite[];
  leak: LeakTotals | null;
  /** Verified drivers that hold pool, largest first, from a plain `!verifier` (triage or verifier-pool). */
  verifiedDriversHoldingPool: { name: string; bytes: number; allocations: number }[] | null;
  /** The other verified drivers that still hold allocations (the leak is not only the investigated driver's). */
  otherLeakingDrivers: OtherLeakingDriver[];
  // pool growth
  vm: VmResult | null;
  poolUsedByNonPaged: PoolUsedResult | null;
  poolUsedByPaged: PoolUsedResult | null;
  topTags: string[];
  snapshots: PoolUsedSnapshot[];
  growth: TagGrowth[];
  poolHitStacks: PoolHitStack[];
  /** The tag PoolHitTag watched (its stacks are in poolHitStacks). */
  poolHitTag: string | null;
  tagOwners: Map<string, TagOwner>;
  // corruption
  faultingAddress: string | null;
  pool: PoolResult | null;
  /** `k` at the bug check, with source lines (the analyze stack has none). */
  faultingStack: StackFrame[] | null;
  /** The allocate/free history of the damaged block (newest first). */
  blockHistory: VerifierLogBlock[];
}

export function emptyFacts(): InvestigationFacts {
  return {
    banner: null,
    analyze: null,
    bugcheck: null,
    driver: null,
    lineInfo: null,
    verifier: null,
    verifiedDriver: null,
    verifierUnavailable: null,
    verifierLeakDriver: null,
    callers: new Map(),
    allocationStacks: new Map(),
    sitePoolKinds: new Map(),
    logCapacity: null,
    sites: [],
    leak: null,
    verifiedDriversHoldingPool: null,
    otherLeakingDrivers: [],
    vm: null,
    poolUsedByNonPaged: null,
    poolUsedByPaged: null,
    topTags: [],
    snapshots: [],
    growth: [],
    poolHitStacks: [],
    poolHitTag: null,
    tagOwners: new Map(),
    faultingAddress: null,
    pool: null,
    faultingStack: null,
    blockHistory: [],
  };
}
