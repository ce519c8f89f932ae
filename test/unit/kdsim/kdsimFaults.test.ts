// Fault injection: CRLF, slow byte-by-byte output, garbage bytes, exit mid-output,
// hang, symbol-load delay and per-command latency (behaviour, not timing).
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createKdsim } from '../../../electron/kdsim/kdsimRepl';
import { loadScenario } from '../../../electron/kdsim/scenarioLoader';
import type { FaultSpec } from '../../../electron/kdsim/scenarioSchema';
import { runCommands } from './kdsimTestSession';

function collect(faults: FaultSpec[], input: string, crlf = false) {
  const inStream = new PassThrough();
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const kd = createKdsim({ scenario: loadScenario('mydriver-x86'), input: inStream, output: out, options: { faults, crlf } });
  inStream.end(input);
  return { kd, chunks, bytes: () => Buffer.concat(chunks) };
}

describe('kdsim faults', () => {
  it('--crlf ends every line with \\r\\n', async () => {
    const c = collect([], 'ln 0x9a3bf6ac\n.echo M\nq\n', true);
    expect(await c.kd.done).toBe(0);
    const text = c.bytes().toString('utf8');
    expect(text).toContain('handleioctl.c(50)+0x15\r\n');
    expect(text).toContain('kd> M\r\nkd> ');
    expect(/[^\r]\n/.test(text)).toBe(false);
  });

  it('slow output arrives one byte per write', async () => {
    const c = collect([{ kind: 'slow', msPerByte: 0 }], '.echo M\nq\n');
    expect(await c.kd.done).toBe(0);
    expect(c.chunks.every((chunk) => chunk.length === 1)).toBe(true);
    expect(c.bytes().toString('utf8')).toContain('kd> M\nkd> quit:\n');
  });

  it('garbage mixes ANSI / invalid bytes into output but keeps prompts and .echo lines clean', async () => {
    const c = collect([{ kind: 'garbage', seed: 7 }], '!verifier 3 MyDriver.sys\n.echo MARK\nq\n');
    expect(await c.kd.done).toBe(0);
    const bytes = c.bytes();
    expect(bytes.includes(0x1b) || bytes.includes(0xff) || bytes.includes(0xc3) || bytes.includes(0x00) || bytes.includes(0x08)).toBe(true);
    expect(bytes.toString('latin1')).toContain('kd> MARK\nkd> ');
  });

  it('exit-mid-output cuts the output after N command bytes and ends with code 1', async () => {
    const c = collect([{ kind: 'exit-mid-output', afterBytes: 10 }], 'ln 0x9a3bf6ac\n.echo M\n');
    expect(await c.kd.done).toBe(1);
    const text = c.bytes().toString('utf8');
    expect(text.endsWith('kd> d:\\coding\\')).toBe(true);
  });

  it('hang answers N commands, then stays silent even after input ends, until closed', async () => {
    const c = collect([{ kind: 'hang', afterCommands: 1 }], 'ln 0x9a3bf6ac\n.echo M\nq\n');
    let settled = false;
    void c.kd.done.then(() => (settled = true));
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    const text = c.bytes().toString('utf8');
    expect(text).toContain('handleioctl.c(50)+0x15');
    expect(text.endsWith('MyDriver!DeviceControlDispatch\nkd> ')).toBe(true);
    c.kd.close();
    expect(await c.kd.done).toBe(0);
    expect(c.bytes().toString('utf8')).not.toContain('kd> M\n');
  });

  it('symbol-delay and latency keep the output identical', async () => {
    const plain = await runCommands('myfault-x64', ['.reload', 'ln fffff8800447d634']);
    const delayed = await runCommands('myfault-x64', ['.reload', 'ln fffff8800447d634'], {
      faults: [{ kind: 'symbol-delay', ms: 1 }],
      latencyMs: 1,
    });
    expect(delayed.outputs).toEqual(plain.outputs);
    expect(delayed.banner).toEqual(plain.banner);
  });
});
