// Which playbook a bug check calls for (DESIGN §5): C4 with Arg1 0x60/0x61/0x62 is a
// leak at unload; C1, CC, D6, C2, 19 and the other C4 subcodes are pool corruption.
// And what a bug check means, in one plain English sentence (the UI translates by code).
import { describeC4Subcode, lookupC4Subcode, parseHexNumber } from '../../../parsers';
import type { BugcheckSummary } from '../../../contract/findingTypes';
import type { PlaybookId } from '../../stepTypes';

const CORRUPTION_CODES = new Set([0xc1, 0xcc, 0xd6, 0xc2, 0x19, 0xc4, 0xd5, 0x13a]);

export function isLeakAtUnload(bugcheck: BugcheckSummary | null): boolean {
  if (!bugcheck || parseHexNumber(bugcheck.code) !== 0xc4) return false;
  return lookupC4Subcode(bugcheck.args[0] ?? null)?.leakAtUnload ?? false;
}

export function isPoolCorruption(bugcheck: BugcheckSummary | null): boolean {
  if (!bugcheck) return false;
  const code = parseHexNumber(bugcheck.code);
  return code !== null && CORRUPTION_CODES.has(code) && !isLeakAtUnload(bugcheck);
}

/**
 * The playbook for a bug check. Leak-at-unload and corruption codes decide alone; for any
 * other code (or none) a verified driver that still holds tracked pool (the triage's
 * `!verifier`) means leak at unload — its allocations are readable without a C4 — and
 * otherwise pool growth.
 */
export function playbookForBugcheck(bugcheck: BugcheckSummary | null, leakingVerifiedDriver: string | null = null): PlaybookId {
  if (isLeakAtUnload(bugcheck)) return 'leak-at-unload';
  if (isPoolCorruption(bugcheck)) return 'corruption';
  if (leakingVerifiedDriver) return 'leak-at-unload';
  return 'pool-growth';
}

/**
 * Plain-language meanings by bug check code: one sentence each, about what happened
 * (kd's argument descriptions such as "memory referenced" are not meanings).
 */
export const BUGCHECK_MEANINGS: ReadonlyMap<number, string> = new Map([
  [0x0a, 'Windows or a driver accessed pageable or invalid memory at an IRQL that was too high, usually through a bad pointer.'],
  [0x19, 'A pool header is corrupt: something overwrote the pool allocator’s own data, usually a driver writing past the end of its allocation.'],
  [0xc1, 'A driver wrote outside its special-pool allocation (pool corruption); special pool caught it when the block was freed.'],
  [0xc2, 'A driver made a bad pool request, such as freeing the same allocation twice or allocating or freeing at the wrong IRQL.'],
  [0xc4, 'Driver Verifier caught a driver breaking a rule it checks.'],
  [0xcc, 'A driver accessed special-pool memory after it had been freed.'],
  [0xd1, 'A driver accessed pageable or invalid memory at DISPATCH_LEVEL or above, usually through a bad or already freed pointer.'],
  [0xd5, 'A driver accessed pool memory after freeing it; special pool caught the access.'],
  [0xd6, 'A driver accessed memory beyond the end of its pool allocation; special pool caught it at the guard page after the block.'],
  [0xe2, 'The crash was started by hand (keyboard or tool), not by a fault.'],
  [0x133, 'A DPC or interrupt routine ran too long at DISPATCH_LEVEL or above, and the DPC watchdog stopped the system.'],
  [0x13a, 'The kernel-mode heap manager found corruption in a heap.'],
]);

/** The meaning of a bug check: the 0xC4 subcode's, else the code's; null for a code not in the table. */
export function bugcheckMeaning(code: string | null, arg1: string | null): string | null {
  const n = parseHexNumber(code);
  if (n === null) return null;
  if (n === 0xc4) return describeC4Subcode(arg1) ?? BUGCHECK_MEANINGS.get(n)!;
  return BUGCHECK_MEANINGS.get(n) ?? null;
}
