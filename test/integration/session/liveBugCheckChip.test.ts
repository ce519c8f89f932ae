// A live target that bug checks while it runs: kd prints "*** Fatal System Error" long
// after the banner, and the session bar's bug-check chip follows (core service over a
// real kdsim child process, scenario file on disk).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SessionState } from '../../../electron/contract';
import { loadScenario } from '../../../electron/kdsim/scenarioLoader';
import { readConsole } from '../consoleReader';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { ownCliLauncher } from '../../../electron/service/nodeEntryPoints';

let core: CoreService | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

function crashingLiveScenarioFile(): string {
  const base = loadScenario('live-growth-x64');
  const scenario = { ...base, name: 'live-crash-test', bugcheck: loadScenario('win10-leak-x64').bugcheck, live: { ...base.live!, bugCheckOnRun: 1 } };
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'psl-live-crash-')), 'live-crash.json');
  writeFileSync(file, JSON.stringify(scenario));
  return file;
}

describe('bug-check chip of a live session', () => {
  it('is empty while the target runs normally and shows the bug check once kd reports the fatal error', async () => {
    core = createCoreService();
    const states: SessionState[] = [];
    core.onEvent((event, payload) => {
      if (event === 'session.state') states.push(payload as SessionState);
    });
    await core.handlers['session.connect']({
      target: { kind: 'local', argv: [...ownCliLauncher().argvPrefix, 'kdsim', '--scenario', crashingLiveScenarioFile()] },
    });
    const connected = await core.handlers['session.getState']({});
    expect(connected.target).toMatchObject({ targetKind: 'live', bugCheck: null });

    const output = await readConsole(core).sendLine('g');
    expect(output).toContain('*** Fatal System Error: 0x000000c4');
    await vi.waitFor(() => expect(states.at(-1)?.target?.bugCheck).toBe('0xC4 (0x62, …)'));
    expect(states.at(-1)?.target).toMatchObject({ targetKind: 'live', architecture: 'x64', osBuild: '19041' });
  });
});
