// kdsim's faults for issue 16, in-process: code-page output, the reboot sequence of a
// running KDNET target, a Ctrl+C lost right after `g`, a Ctrl+C that never arrives, a flood.
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { createKdsim, type KdsimOptions } from '../../../electron/kdsim/kdsimRepl';
import { loadScenario } from '../../../electron/kdsim/scenarioLoader';

function start(scenario: string, options: KdsimOptions) {
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  const kd = createKdsim({ scenario: loadScenario(scenario), input, output, options });
  let from = 0;
  const bytes = () => Buffer.concat(chunks).subarray(from);
  const waitFor = async (pattern: RegExp) => {
    for (let i = 0; i < 400 && !pattern.test(bytes().toString('utf8')); i++) await new Promise((r) => setTimeout(r, 10));
    return bytes().toString('utf8');
  };
  /** Forget what was printed so far (the banner of a target that starts broken in). */
  const mark = async () => {
    await waitFor(/kd> $/);
    from = Buffer.concat(chunks).length;
  };
  return { kd, input, bytes, waitFor, mark };
}

describe('kdsim robustness faults', () => {
  it('--encoding cp936 writes GBK bytes and reads GBK input', async () => {
    const k = start('mydriver-x86', { encoding: 'cp936' });
    k.input.write(iconv.encode('.echo 代码\nq\n', 'cp936'));
    expect(await k.kd.done).toBe(0);
    expect(k.bytes().includes(iconv.encode('代码\n', 'cp936'))).toBe(true);
    expect(k.bytes().toString('utf8')).not.toContain('代码');
  });

  it('reconnect-on-run: shutdown, Waiting to reconnect..., a new banner, still running until a break', async () => {
    const k = start('live-growth-x64', { faults: [{ kind: 'reconnect-on-run', ms: 20 }] });
    await k.mark();
    k.input.write('g\n');
    const text = await k.waitFor(/Loading Kernel Symbols[\s\S]*\.\.\.\n$/);
    const after = text.slice(text.indexOf('Shutdown occurred at'));
    expect(after).toMatch(/^Shutdown occurred at \(.*\)\.\.\.unloading all symbol tables\.\nWaiting to reconnect\.\.\.\n/);
    expect(after).toContain('Kernel Debugger connection established.');
    expect(after).toMatch(/Connected to Windows 10 \d+ x64 target/);
    expect(after).not.toMatch(/kd> $/);
    k.kd.interrupt();
    expect(await k.waitFor(/Break instruction exception[\s\S]*kd> $/)).toMatch(/kd> $/);
    k.kd.close();
  });

  it('lose-early-break: a Ctrl+C during g is lost, a later one breaks', async () => {
    const k = start('live-growth-x64', { faults: [{ kind: 'lose-early-break', ms: 100 }] });
    await k.mark();
    k.input.write('g\n');
    // Sent before kdsim has even read the line with g: always inside the window, always lost.
    k.kd.interrupt();
    await new Promise((r) => setTimeout(r, 300));
    expect(k.bytes().toString('utf8')).not.toContain('Break instruction exception');
    // Later ones break (sent again until one lands after the window, as the session does).
    for (let i = 0; i < 100 && !k.bytes().toString('utf8').includes('Break instruction exception'); i++) {
      k.kd.interrupt();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(k.bytes().toString('utf8')).toContain('Break instruction exception');
    k.kd.close();
  });

  it('flood: the command after N prints numbered lines without end until a Ctrl+C, then the prompt returns', async () => {
    const k = start('mydriver-x86', { faults: [{ kind: 'flood', afterCommands: 1 }] });
    await k.mark();
    k.input.write('.echo before-flood\nlm\n');
    await k.waitFor(/kdsim flood 2000: /);
    k.kd.interrupt();
    const text = await k.waitFor(/0x800700e8\nkd> $/);
    expect(text.startsWith('before-flood\nkd> kdsim flood 1: Could not write to pipe, 0x800700e8\n')).toBe(true);
    const numbers = [...text.matchAll(/kdsim flood (\d+): /g)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThanOrEqual(2000);
    expect(numbers.every((n, i) => n === i + 1)).toBe(true);
    k.input.write('.echo after\nq\n');
    expect(await k.kd.done).toBe(0);
    expect(k.bytes().toString('utf8')).toMatch(/0x800700e8\nkd> after\nkd> /);
  });

  it('ignore-break: Ctrl+C never reaches it', async () => {
    const k = start('live-growth-x64', { faults: [{ kind: 'ignore-break' }] });
    await k.mark();
    k.input.write('g\n');
    await new Promise((r) => setTimeout(r, 50));
    k.kd.interrupt();
    await new Promise((r) => setTimeout(r, 200));
    expect(k.bytes().toString('utf8')).not.toContain('Break instruction exception');
    k.kd.close();
    await k.kd.done;
  });
});
