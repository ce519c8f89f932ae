// What "Paste kd output" hands the replay (parsers/pastedSession.ts): the text log with a
// "kd> command" line before every output, the commands, and the warnings in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preparePastedSession } from '../../../electron/parsers/pastedSession';
import { parsers } from '../../../electron/parsers/index';
import type { AnalyzeResult, Verifier80Result } from '../../../electron/parsers/resultTypes';
import { PROPERTY_TEST_TIMEOUT_MS } from '../propertyTestBudget';
import { publicFixture, seedFixture, single } from './fixtureText';

const seedAnalyze = seedFixture('seed000-analyze.txt').trimEnd();
const bareAnalyze = seedAnalyze.slice(seedAnalyze.indexOf('\n') + 1);

describe('preparePastedSession', () => {
  it('a whole console with prompts is kept as it is (no guesses)', () => {
    const p = preparePastedSession(publicFixture('manurautela-poolhittag-session.txt'));
    expect(p.warnings.filter((w) => w.startsWith('pasted text:'))).toEqual([]);
    expect(p.commands).toContain('!verifier 3 Sample.sys');
    expect(p.commands).toContain('!analyze -v');
    expect(p.logText).toBe(publicFixture('manurautela-poolhittag-session.txt').replace(/\r\n?/g, '\n').replace(/\n$/, '\n'));
  });

  it('bare !analyze output before the first prompt gets its own command line (the preamble is not a banner)', () => {
    const text = `${bareAnalyze}\nkd> !verifier 3 Mydriver.sys\n${seedFixture('seed000-verifier3.txt').split('\n').slice(1).join('\n')}`;
    const p = preparePastedSession(text);
    expect(p.commands).toEqual(['!analyze -v', '!verifier 3 Mydriver.sys']);
    expect(p.logText.split('\n')[7]).toBe('kd> !analyze -v');
    expect(p.warnings[0]).toBe('pasted text: output from line 8 has no "kd> command" line: read as "!analyze -v" (from the "Bugcheck Analysis" banner)');
  });

  it.each([
    ['!vm', publicFixture('vm-win10-lkd-per-pool.txt').split('\n').slice(1).join('\n'), 'the !vm pool usage lines'],
    ['!poolused 2', publicFixture('msdocs-poolused.txt').split('\n').slice(1).join('\n'), 'the !poolused table header'],
    ['lm', 'start    end        module name\n804d7000 806cff00   nt\n', 'the "start end module name" header'],
    ['!verifier 0x80', seedFixture('seed000-verifier80.txt').split('\n').slice(1).join('\n'), 'the verifier pool log'],
  ])('bare output read as "%s"', (command, text, evidence) => {
    const p = preparePastedSession(text);
    expect(p.commands[0]).toBe(command);
    expect(p.warnings[0]).toMatch(new RegExp(`read as "${command.replace(/[!]/g, '\\!')}" \\(from ${evidence.replace(/[!"]/g, (c) => `\\${c}`)}\\)$`));
  });

  it('a saved PoolSleuth transcript is passed on unchanged', () => {
    const saved = '{"format":"poolsleuth-transcript","version":1}\n{"time":"x"}\n';
    expect(preparePastedSession(saved)).toEqual({ logText: saved, commands: [], warnings: [] });
  });

  it('prose only: no commands (the core then refuses it)', () => {
    expect(preparePastedSession('Our driver leaks, please help.').commands).toEqual([]);
  });
});

describe('a "> "-quoted bare !verifier 0x80 log (no prompt) takes the general path and is read', () => {
  it('same blocks as the unquoted log, with the pre-pass warning first', () => {
    // the first of the seed's three logs, without its prompt line
    const all = seedFixture('seed000-verifier80.txt').split('\n');
    const end = all.findIndex((l, i) => i > 0 && l.startsWith('kd>'));
    const log = all.slice(1, end).join('\n').trimEnd();
    const plain = single(parsers.verifier80(log)) as Verifier80Result;
    const quoted = single(parsers.verifier80(log.split('\n').map((l) => `> ${l}`).join('\n'))) as Verifier80Result;
    expect(quoted.blocks).toEqual(plain.blocks);
    expect(quoted.blocks.length).toBeGreaterThan(0);
    expect(quoted.warnings[0]).toMatch(/^pasted text: stripped the block quote ">" from lines 1–\d+/);
  });
});

describe('the first bare output begins at the top of the paste (unless a banner is there)', () => {
  it('an !analyze paste that starts at its header ("NAME (code)" above "Arg1:") keeps the header', () => {
    const text = 'DRIVER_IRQL_NOT_LESS_OR_EQUAL (d1)\nAn attempt was made to access a pageable address.\nArguments:\nArg1: 0000000000000000, memory referenced\nArg2: 0000000000000002, IRQL\nArg3: 0000000000000000, read\nArg4: fffff8800ab1c123, address\n';
    const p = preparePastedSession(text);
    expect(p.commands).toEqual(['!analyze -v']);
    expect(p.logText.split('\n')[0]).toBe('kd> !analyze -v');
    const analyze = single(parsers.analyze(p.logText)) as AnalyzeResult;
    expect(analyze.bugcheck).toMatchObject({ code: '0xd1', name: 'DRIVER_IRQL_NOT_LESS_OR_EQUAL' });
    expect(p.warnings[0]).toBe('pasted text: output from line 1 has no "kd> command" line: read as "!analyze -v" (from the Arg1 field)');
  });

  it('a banner before the first output stays the banner', () => {
    const text = `Microsoft (R) Windows Debugger Version 10.0.22621.2428 AMD64\nLoading Dump File [C:\\Windows\\MEMORY.DMP]\n\n${bareAnalyze}\n`;
    const p = preparePastedSession(text);
    expect(p.logText.split('\n').slice(0, 3)).toEqual(['Microsoft (R) Windows Debugger Version 10.0.22621.2428 AMD64', 'Loading Dump File [C:\\Windows\\MEMORY.DMP]', '']);
    expect(p.commands).toEqual(['!analyze -v']);
  });
});

describe('preparePastedSession is total (property)', () => {
  const piece = fc.constantFrom('> ', '// ', '# ', '1\t', '[10:23:45] ', '- ', '`', '&nbsp;', 'kd> ', '!analyze -v', 'Arg1: 00000062', 'Verify Flags Level 0x000209bb',
    'MODULE: 0x84226b28 MyDriver.sys (Loaded)', '0x982a8fe0  0x00000020  VMdl  0x9a3bf6ac  MyDriver!F', 'NonPagedPool Usage: 1 ( 4 Kb)', '\n', '\r\n', ' ', '*');
  it('random mixtures of decorations and kd lines: arrays back, never an exception', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 80 }), (parts) => {
        const p = preparePastedSession(parts.join(''));
        expect(Array.isArray(p.commands) && Array.isArray(p.warnings) && typeof p.logText === 'string').toBe(true);
        expect(p.warnings.length).toBeLessThanOrEqual(61);
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);
});
