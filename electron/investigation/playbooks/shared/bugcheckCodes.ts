// Which playbook a bug check calls for (DESIGN §5): C4 with Arg1 0x60/0x61/0x62 is a
// leak at unload; C1, CC, D6, C2, 19 and the other C4 subcodes are pool corruption.
import { lookupC4Subcode, parseHexNumber } from '../../../parsers';
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

/** The playbook for a bug check; no bug check (a running system) means pool growth. */
export function playbookForBugcheck(bugcheck: BugcheckSummary | null): PlaybookId {
  if (isLeakAtUnload(bugcheck)) return 'leak-at-unload';
  if (isPoolCorruption(bugcheck)) return 'corruption';
  return 'pool-growth';
}
