// The live target: g without a prompt, break-in by interrupt() or the Ctrl+C byte,
// PoolHitTag hits with the allocation stack, pool growth per run, and interrupting a
// long command. Everything is driven by outputs and events, never by elapsed time.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createKdsim, type KdsimOptions } from '../../../electron/kdsim/kdsimRepl';
import { loadScenario } from '../../../electron/kdsim/scenarioLoader';
import type { Scenario } from '../../../electron/kdsim/scenarioSchema';

function startSession(name: string | Scenario, options: KdsimOptions = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  const waiters: { needle: string; from: number; resolve: () => void }[] = [];
  const hooks: ((t: string) => void)[] = [];
  output.setEncoding('utf8');
  output.on('data', (d: string) => {
    text += d;
    for (const h of hooks) h(text);
    for (const w of [...waiters]) {
      if (text.indexOf(w.needle, w.from) >= 0) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const kd = createKdsim({ scenario: typeof name === 'string' ? loadScenario(name) : name, input, output, options });
  return {
    kd,
    input,
    text: () => text,
    onOutput: (h: (t: string) => void) => hooks.push(h),
    waitFor: (needle: string, from = 0) =>
      text.indexOf(needle, from) >= 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ needle, from, resolve })),
  };
}

describe('kdsim live target', () => {
  it('starts broken in with the break-in text and a 4-processor prompt', async () => {
    const s = startSession('live-growth-x64');
    await s.waitFor('0: kd> ');
    expect(s.text()).toContain('Break instruction exception - code 80000003 (first chance)');
    expect(s.text()).toContain('*   You are seeing this message because you pressed either                    *');
    expect(s.text()).toMatch(/nt!DbgBreakPointWithStatus:\nfffff806`1c9fdfb0 cc {14}int {5}3\n0: kd> $/);
    s.input.end('q\n');
    expect(await s.kd.done).toBe(0);
  });

  it('g runs without a prompt; interrupt() breaks in; !poolused grows each run', async () => {
    const s = startSession('live-growth-x64');
    await s.waitFor('0: kd> ');
    s.input.write('!poolused 2 Leak\n.echo BEFORE;g\n.echo AFTER\n');
    await s.waitFor('BEFORE\n');
    const mark = s.text().length;
    s.kd.interrupt();
    await s.waitFor('AFTER\n', mark);
    const afterBreak = s.text().slice(mark);
    expect(afterBreak).toMatch(/^Break instruction exception - code 80000003 \(first chance\)\n/);
    expect(afterBreak).toContain('0: kd> AFTER\n');
    s.input.write('!poolused 2 Leak\nk\n.echo DONE\n');
    await s.waitFor('DONE\n');
    const counts = [...s.text().matchAll(/^ Leak +(\d+) +(\d+) /gm)].map((m) => Number(m[1]));
    expect(counts).toEqual([4800, 5040]);
    expect(s.text()).toContain('nt!KdCheckForDebugBreak+0x17b2b2');
    s.input.end('q\n');
    expect(await s.kd.done).toBe(0);
  });

  it('with nt!PoolHitTag = Leak, g breaks at the allocation and k shows the allocating stack', async () => {
    const s = startSession('live-growth-x64');
    await s.waitFor('0: kd> ');
    s.input.write('ed nt!PoolHitTag 0x6b61654c\ng\nk\n.echo HIT1\ng\nk\n.echo HIT2\ned nt!PoolHitTag 0\n');
    await s.waitFor('HIT2\n');
    const out = s.text();
    const hits = out.match(/Break instruction exception - code 80000003 \(first chance\)\nnt!ExAllocateHeapPool\+0x1a5b:\nfffff806`1c9b4cab cc {14}int {5}3\n/g);
    expect(hits).toHaveLength(2);
    const firstK = out.slice(out.indexOf('nt!ExAllocateHeapPool+0x1a5b:'), out.indexOf('HIT1'));
    expect(firstK).toContain('leakydrv!LeakyAllocateRecord+0x29 [c:\\src\\leakydrv\\record.c @ 41]');
    const secondK = out.slice(out.indexOf('HIT1'), out.indexOf('HIT2'));
    expect(secondK).toContain('leakydrv!LeakyTimerDpc+0x35');
    s.input.end('q\n');
    expect(await s.kd.done).toBe(0);
  });

  it('the Ctrl+C byte breaks in when --ctrl-c-byte is on', async () => {
    const s = startSession('live-growth-x64', { ctrlCByte: true });
    await s.waitFor('0: kd> ');
    s.input.write('.echo GO;g\n');
    await s.waitFor('GO\n');
    const mark = s.text().length;
    s.input.write('\x03');
    await s.waitFor('0: kd> ', mark);
    expect(s.text().slice(mark)).toContain('Break instruction exception');
    s.input.end('q\n');
    expect(await s.kd.done).toBe(0);
  });

  it('interrupt() aborts !verifier 0x80 over a full log and returns to the prompt', async () => {
    const s = startSession('mydriver-x86');
    await s.waitFor('kd> ');
    const mark = s.text().length;
    let interrupted = false;
    s.onOutput((t) => {
      if (!interrupted && t.indexOf('Pool block', mark) >= 0) {
        interrupted = true;
        s.kd.interrupt();
      }
    });
    s.input.write('!verifier 0x80\n.echo NEXT\n');
    await s.waitFor('kd> NEXT\n', mark);
    const out = s.text().slice(mark);
    expect(interrupted).toBe(true);
    expect(out).toContain('Parsing 0x00010000 log entries.');
    expect(out).not.toContain('Finished parsing all pool tracking information.');
    expect(out.match(/^Pool block /gm)!.length).toBeLessThan(0x10000);
    s.input.end('q\n');
    expect(await s.kd.done).toBe(0);
  });

  it('live.bugCheckOnRun: the target bug checks on that run with "*** Fatal System Error" and stops by itself', async () => {
    const base = loadScenario('live-growth-x64');
    const scenario: Scenario = { ...base, bugcheck: loadScenario('win10-leak-x64').bugcheck, live: { ...base.live!, bugCheckOnRun: 2 } };
    const s = startSession(scenario);
    await s.waitFor('0: kd> ');
    expect(s.text()).not.toContain('Fatal System Error'); // not crashed yet when kd connects
    s.input.write('.echo RUN1;g\n.echo AFTER1\n');
    await s.waitFor('RUN1\n');
    const mark1 = s.text().length;
    s.kd.interrupt(); // the first run needs a break-in
    await s.waitFor('AFTER1\n', mark1);
    expect(s.text().slice(mark1)).not.toContain('Fatal System Error');
    const mark2 = s.text().length;
    s.input.write('g\n.echo AFTER2\n'); // the second run stops on its own
    await s.waitFor('AFTER2\n', mark2);
    const crash = s.text().slice(mark2);
    expect(crash).toMatch(/^(0: kd> )?\*\*\* Fatal System Error: 0x000000c4\n {23}\(0x0000000000000062,/);
    expect(crash).toContain('A fatal system error has occurred.');
    expect(crash).toMatch(/nt!(RtlpBreakWithStatusInstruction|DbgBreakPointWithStatus):\n/);
    s.input.end('q\n');
    expect(await s.kd.done).toBe(0);
  });
});
