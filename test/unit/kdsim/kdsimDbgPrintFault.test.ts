// The dbgprint-on-run fault: `--fault dbgprint-on-run[=lines]` parsed as the other faults
// are, and kdsim printing the lines while the target runs (after `g`), never at the prompt.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { outputFaultsFrom } from '../../../electron/kdsim/faultInjection';
import { parseFault } from '../../../electron/kdsim/kdsimCli';
import { createKdsim } from '../../../electron/kdsim/kdsimRepl';
import { loadScenario } from '../../../electron/kdsim/scenarioLoader';
import { scenarioSchema } from '../../../electron/kdsim/scenarioSchema';

const dbgPrintLine = (n: number, of: number) => `MyDriver: IRP_MJ_DEVICE_CONTROL 0x222003 (DbgPrint ${n} of ${of})\n`;

describe('dbgprint-on-run fault', () => {
  it('--fault dbgprint-on-run=N sets N lines per run; bare, 3; not a number, a usage error', () => {
    expect(parseFault('dbgprint-on-run=5')).toEqual({ kind: 'dbgprint-on-run', lines: 5 });
    expect(parseFault('dbgprint-on-run')).toEqual({ kind: 'dbgprint-on-run', lines: 3 });
    expect(() => parseFault('dbgprint-on-run=many')).toThrow("dbgprint-on-run needs a non-negative number, got 'many'");
    expect(outputFaultsFrom([{ kind: 'dbgprint-on-run', lines: 5 }]).dbgPrintLinesPerRun).toBe(5);
    expect(outputFaultsFrom([]).dbgPrintLinesPerRun).toBeNull();
  });

  it('a scenario file may name it too (lines defaults to 3)', () => {
    const kinds = scenarioSchema.shape.faults.parse([{ kind: 'dbgprint-on-run' }]);
    expect(kinds).toEqual([{ kind: 'dbgprint-on-run', lines: 3 }]);
  });

  it('prints the lines after g with no prompt, the prompt only after the break; nothing at the idle prompt', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (c: Buffer) => (text += c.toString('utf8')));
    const kd = createKdsim({ scenario: loadScenario('live-growth-x64'), input, output, options: { faults: [{ kind: 'dbgprint-on-run', lines: 2 }] } });
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 400 && !pattern.test(text); i++) await new Promise((r) => setTimeout(r, 10));
      expect(text).toMatch(pattern);
    };
    await waitFor(/kd> $/);
    // At the prompt the target is stopped: its driver runs no code, so nothing is printed.
    await new Promise((r) => setTimeout(r, 100));
    expect(text).not.toContain('MyDriver:');
    const from = text.length;
    input.write('g\n');
    await waitFor(/\(DbgPrint 2 of 2\)\n$/);
    await new Promise((r) => setTimeout(r, 100));
    expect(text.slice(from)).toBe(dbgPrintLine(1, 2) + dbgPrintLine(2, 2));
    kd.interrupt();
    await waitFor(/kd> $/);
    expect(text.slice(from)).toMatch(/^MyDriver: [^\n]*\(DbgPrint 1 of 2\)\nMyDriver: [^\n]*\(DbgPrint 2 of 2\)\nBreak instruction exception - code 80000003 \(first chance\)\n[^]*nt!DbgBreakPointWithStatus:\n[^]*0: kd> $/);
    kd.close();
  });
});
