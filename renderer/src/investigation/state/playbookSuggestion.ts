// The playbook the core's Automatic choice will take for a bug check (mirrors
// electron/investigation/playbooks/shared/bugcheckCodes.ts, which the renderer
// cannot import), to tell the user before and after a run what the bug check means.
import type { BugcheckSummary, PlaybookId } from '../../../../electron/contract';

const LEAK_AT_UNLOAD_SUBCODES = new Set([0x60, 0x61, 0x62]);
const CORRUPTION_CODES = new Set([0xc1, 0xcc, 0xd6, 0xc2, 0x19, 0xc4, 0xd5, 0x13a]);

function hex(text: string | null | undefined): number | null {
  if (!text || !/^(0x)?[0-9a-f]+$/i.test(text)) return null;
  return Number.parseInt(text.replace(/^0x/i, ''), 16);
}

export function suggestedPlaybook(bugcheck: BugcheckSummary | null): PlaybookId {
  const code = hex(bugcheck?.code);
  if (code === null) return 'pool-growth';
  const arg1 = hex(bugcheck?.args[0]);
  if (code === 0xc4 && arg1 !== null && LEAK_AT_UNLOAD_SUBCODES.has(arg1)) return 'leak-at-unload';
  if (CORRUPTION_CODES.has(code)) return 'corruption';
  return 'pool-growth';
}

/**
 * Whether the bug check alone picks the playbook. For any other code the core's Automatic
 * choice depends on the triage's `!verifier` (a verified driver still holding pool means
 * leak at unload), so the UI must not announce "suggests: Pool growth" (myfault-x64, 0xD1).
 */
export function bugcheckDecidesPlaybook(bugcheck: BugcheckSummary | null): boolean {
  return bugcheck !== null && suggestedPlaybook(bugcheck) !== 'pool-growth';
}

export const playbookChoices = ['auto', 'leak-at-unload', 'pool-growth', 'corruption'] as const;
export type PlaybookChoice = (typeof playbookChoices)[number];

export function playbookParam(choice: PlaybookChoice): PlaybookId | null {
  return choice === 'auto' ? null : choice;
}
