// The leak playbook reads a spilled `!verifier 0x80` as a stream: with the session's memory
// cap far below the log (64 K characters of a multi-megabyte log), the allocation stacks
// found past the head are the same as with the whole log in memory. kdsim over real pipes,
// the whole investigation through the core (runInvestigation on the core's session).
import { describe, expect, it } from 'vitest';
import type { CoreServiceOptions } from '../../../electron/service/coreService';
import { CountingRunner } from '../../../electron/investigation/countingRunner';
import { runInvestigation } from '../../../electron/investigation/runInvestigation';
import { openCoreTarget } from '../coreTarget';

const flags = ['--generate', 'allocations=300,log=16384,sites=12'];

async function investigate(options: CoreServiceOptions) {
  const target = await openCoreTarget({ kind: 'demo', scenario: 'generated-large-x64', flags }, options);
  try {
    let spilledChars = 0;
    const runner = new CountingRunner({
      execute: async (command, o) => {
        const r = await target.session.execute(command, o);
        if (command === '!verifier 0x80' && r.spilled) spilledChars = r.spilled.length;
        return r;
      },
      executeBatch: (commands, o) => target.session.executeBatch(commands, o),
      interrupt: () => target.session.interrupt(),
    });
    const investigation = await runInvestigation({ env: { runner, tap: target.tap, target: { kind: target.targetKind, offline: false } }, playbook: 'leak-at-unload', facts: { banner: target.banner } });
    const log = target.transcript.filter((e) => e.direction === 'output').find((e) => e.text.includes('Parsed entry') || e.text.includes('Pool block'))?.text ?? '';
    return { investigation, spilledChars, log };
  } finally {
    await target.close();
  }
}

describe('the leak playbook over a spilled verifier log', () => {
  it('finds the same allocation stacks as with the whole log in memory, also those past the head', { timeout: 300_000 }, async () => {
    const whole = await investigate({});
    const capChars = 64 * 1024;
    const spilled = await investigate({ outputMemoryCapChars: capChars });

    expect(whole.spilledChars).toBe(0);
    expect(spilled.spilledChars).toBeGreaterThan(20 * capChars);
    expect(whole.investigation.status).toBe('finished');
    expect(spilled.investigation.status).toBe('finished');
    expect(spilled.investigation.step('allocation-stacks')!.commands.map((c) => c.command)).toEqual(['!verifier 0x80']);

    const stacksWhole = whole.investigation.facts.allocationStacks;
    const stacksSpilled = spilled.investigation.facts.allocationStacks;
    expect(stacksWhole.size).toBeGreaterThan(100);
    expect([...stacksSpilled.entries()]).toEqual([...stacksWhole.entries()]);

    // Most of them were found past the head the session kept in memory.
    const log = whole.log;
    const pastHead = [...stacksWhole.keys()].filter((address) => log.indexOf(address.replace(/^0x/, '').slice(-8)) > capChars);
    expect(pastHead.length).toBeGreaterThan(stacksWhole.size / 2);

    // The findings (sites and their stacks) are the same; warnings too (no "not in the log" for the spilled run).
    const summary = (i: typeof whole.investigation) => i.findings.map((f) => ({ kind: f.kind, title: f.title, detail: 'detail' in f ? f.detail : null }));
    expect(summary(spilled.investigation)).toEqual(summary(whole.investigation));
    expect(spilled.investigation.facts.sites).toEqual(whole.investigation.facts.sites);
  });
});
