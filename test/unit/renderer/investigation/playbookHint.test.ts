// The hint under the playbook picker (renderer/src/investigation/state/playbookHint.ts), in
// each phase of a run: the triage's moment between `!analyze -v` and the core's choice is
// too short for the E2E to see reliably (React may render the chosen playbook at once), so
// it is pinned here.
import { describe, expect, it } from 'vitest';
import type { BugcheckSummary } from '../../../../electron/contract';
import { playbookHint, type PlaybookHintInput } from '../../../../renderer/src/investigation/state/playbookHint';

const bugcheck = (code: string, arg1: string | null): BugcheckSummary => ({ code, name: null, args: [arg1, null, null, null], meaning: null });
const myfault = bugcheck('0xd1', '0xfffff8a00175c010');
const unload = bugcheck('0xc4', '0x62');
const input = (over: Partial<PlaybookHintInput>): PlaybookHintInput => ({ bugcheck: null, playbook: null, running: false, choice: 'auto', analyzeDone: false, ...over });

describe('the playbook hint', () => {
  it('0xD1 during the triage: undecided, never a suggestion (myfault-x64)', () => {
    for (const playbook of [null, 'triage'] as const)
      expect(playbookHint(input({ bugcheck: myfault, playbook, running: true, analyzeDone: true }))).toEqual({ key: 'undecided', code: '0xd1 (Arg1 0xfffff8a00175c010)' });
  });

  it('0xD1 once the core chose: running, then ran, the chosen playbook', () => {
    expect(playbookHint(input({ bugcheck: myfault, playbook: 'leak-at-unload', running: true }))).toEqual({
      key: 'runningPlaybook',
      code: '0xd1 (Arg1 0xfffff8a00175c010)',
      playbook: 'leak-at-unload',
    });
    expect(playbookHint(input({ bugcheck: myfault, playbook: 'leak-at-unload' }))).toEqual({ key: 'ran', code: '0xd1 (Arg1 0xfffff8a00175c010)', playbook: 'leak-at-unload' });
  });

  it('a bug check that decides alone is a suggestion before the choice', () => {
    expect(playbookHint(input({ bugcheck: unload, playbook: 'triage', running: true }))).toEqual({ key: 'suggested', code: '0xc4 (Arg1 0x62)', playbook: 'leak-at-unload' });
    expect(playbookHint(input({ bugcheck: bugcheck('0xc1', null) }))).toEqual({ key: 'suggested', code: '0xc1', playbook: 'corruption' });
  });

  it('no bug check: the Automatic hint until analyze is done and a playbook chosen; nothing for a chosen playbook', () => {
    expect(playbookHint(input({}))).toEqual({ key: 'hintAuto' });
    expect(playbookHint(input({ playbook: 'pool-growth', analyzeDone: false }))).toEqual({ key: 'hintAuto' });
    expect(playbookHint(input({ playbook: 'pool-growth', analyzeDone: true }))).toEqual({ key: 'suggestedNoBugcheck' });
    expect(playbookHint(input({ choice: 'corruption', playbook: 'corruption', analyzeDone: true }))).toBeNull();
  });
});
