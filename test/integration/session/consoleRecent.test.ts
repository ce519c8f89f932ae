// console.recent: what a reloaded page gets back — the text the console events carried,
// prompt included, for a live demo session.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { readConsole } from '../consoleReader';

let core: CoreService | null = null;
afterEach(async () => {
  await core?.dispose();
  core = null;
});

describe('console.recent', () => {
  it('returns exactly what the console events carried, ending with the prompt', async () => {
    core = createCoreService();
    let streamed = '';
    core.onEvent((event, payload) => {
      if (event === 'console.output') streamed += (payload as { data: string }).data;
    });
    expect(await core.handlers['console.recent']({})).toEqual({ text: '', omittedChars: 0 });
    await core.handlers['session.connect']({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
    await readConsole(core).sendLine('lm');
    await vi.waitFor(() => expect(streamed).toMatch(/kd> lm\r\n[\s\S]*kd> $/));
    const recent = await core.handlers['console.recent']({});
    expect(recent.omittedChars).toBe(0);
    expect(recent.text).toBe(streamed);
    expect(recent.text).toContain('MyDriver');
  });
});
