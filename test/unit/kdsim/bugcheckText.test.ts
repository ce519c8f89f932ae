// The !analyze -v header kdsim prints: kd's name, explanation and argument meanings for
// the bug checks its scenarios use, and kd's "Unknown bugcheck code" form for the rest.
import { describe, expect, it } from 'vitest';
import { builtinScenarios } from '../../../electron/kdsim/builtinScenarios';
import { BUGCHECK_CATALOG, bugcheckHeader } from '../../../electron/kdsim/outputLayout/bugcheckCatalog';
import { loadScenario } from '../../../electron/kdsim/scenarioLoader';
import { parseAnalyzeOutput } from '../../../electron/parsers';
import { lines, runCommands } from './kdsimTestSession';

describe('kdsim bug check text', () => {
  it('myfault-x64 (0xD1) prints DRIVER_IRQL_NOT_LESS_OR_EQUAL with its description and argument meanings', async () => {
    const r = await runCommands('myfault-x64', ['!analyze -v']);
    const out = lines(r.outputs[0]!);
    const at = out.indexOf('DRIVER_IRQL_NOT_LESS_OR_EQUAL (d1)');
    expect(at).toBeGreaterThan(0);
    expect(out.slice(at, at + 10)).toEqual([
      'DRIVER_IRQL_NOT_LESS_OR_EQUAL (d1)',
      'An attempt was made to access a pageable (or completely invalid) address at an',
      'interrupt request level (IRQL) that is too high.  This is usually',
      'caused by drivers using improper addresses.',
      'If kernel debugger is available get stack backtrace.',
      'Arguments:',
      'Arg1: fffff8a00175c010, memory referenced',
      'Arg2: 0000000000000002, IRQL',
      'Arg3: 0000000000000000, value 0 = read operation, 1 = write operation',
      'Arg4: fffff8800447d385, address which referenced memory',
    ]);
    expect(r.outputs[0]).not.toMatch(/Unknown bugcheck/);
    const parsed = parseAnalyzeOutput(out, '!analyze -v');
    expect(parsed.bugcheck).toMatchObject({ code: '0xd1', name: 'DRIVER_IRQL_NOT_LESS_OR_EQUAL', args: ['0xfffff8a00175c010', '0x2', '0x0', '0xfffff8800447d385'] });
    expect(parsed.imageName).toBe('myfault.sys');
  });

  it('knows the bug check of every built-in scenario', () => {
    for (const s of builtinScenarios()) {
      const code = s.load().bugcheck?.code;
      if (code === undefined) continue;
      const header = bugcheckHeader(BigInt(`0x${code}`));
      expect(header[0], s.name).not.toMatch(/^Unknown/);
    }
  });

  it('has the codes the playbooks branch on', () => {
    for (const key of ['c4', 'd1', 'c1', 'd6', 'cc', 'd5', 'c2', '19', '133', '13a', 'a', 'e2']) {
      expect(BUGCHECK_CATALOG[key]?.name, key).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(BUGCHECK_CATALOG[key]!.explanation.length, key).toBeGreaterThan(0);
    }
  });

  it('prints kd\'s unknown-code form once, and the parser still reads the code', async () => {
    const scenario = loadScenario('myfault-x64');
    scenario.bugcheck = { ...scenario.bugcheck!, code: '1a2' };
    const r = await runCommands(scenario, ['!analyze -v']);
    const out = lines(r.outputs[0]!);
    expect(out).toContain('Unknown bugcheck code (1a2)');
    expect(out).toContain('Unknown bugcheck description');
    expect(r.outputs[0]).not.toContain('(1a2) (1a2)');
    expect(parseAnalyzeOutput(out, '!analyze -v').bugcheck.code).toBe('0x1a2');
  });

  it('describes 0x133 by its Arg1', async () => {
    const scenario = loadScenario('myfault-x64');
    scenario.bugcheck = { ...scenario.bugcheck!, code: '133', args: ['0', '501', '500', '0'] };
    const r = await runCommands(scenario, ['!analyze -v']);
    expect(r.outputs[0]).toContain('DPC_WATCHDOG_VIOLATION (133)');
    expect(r.outputs[0]).toContain('Arg2: 0000000000000501, The DPC time count (in ticks).');
  });
});
