import { describe, expect, it } from 'vitest';
import { classifyCommand, parsePromptLine, parsers, type AnalyzeResult, type StackResult, type Verifier3Result } from '../../../electron/parsers/index';
import { publicFixture, seedFixture } from './fixtureText';

describe('classifyCommand', () => {
  it.each([
    ['!analyze -v', 'analyze'],
    ['!analyze', 'analyze'],
    ['!verifier 3 MyDriver.sys', 'verifier3'],
    ['!verifier', 'verifier3'],
    ['!verifier 0xf', 'verifier3'],
    ['!verifier 80 fffffa8005400000', 'verifier80'],
    ['!verifier 0x80', 'verifier80'],
    ['!verifier 0x80 0x982a8fe0', 'verifier80'],
    ['ln 0x9a3bf6ac', 'ln'],
    ['ln (a+b)', 'ln'],
    ['!poolused 2', 'poolused'],
    ['!poolfind Leak 0', 'poolfind'],
    ['!pool e1001050', 'pool'],
    ['!vm 1', 'vm'],
    ['lm', 'lm'],
    ['lmv m myfault', 'lm'],
    ['lm m s*', 'lm'],
    ['k', 'stack'],
    ['kb', 'stack'],
    ['kn', 'stack'],
    ['kv', 'stack'],
    ['kp', 'stack'],
    ['kvn', 'stack'],
    ['k30', 'stack'],
    ['kc', 'stack'],
    ['kc 5', 'stack'],
    ['kcn', 'stack'],
    ['kbc', 'stack'],
    ['~*kb', 'stack'],
    ['.thread ; .cxr ; kb', 'stack'],
  ] as const)('%s -> %s', (cmd, kind) => {
    expect(classifyCommand(cmd)).toBe(kind);
  });

  it.each(['g', '.reload', 'dd nt!PoolHitTag l1', '!verifier 8', '!verifier -disable', '!poolval 0', 'kd', 'lmx?'.slice(0, 0), 'ed nt!PoolHitTag 0x6b61654c', '!pooltag Leak'])('%j -> null', (cmd) => {
    expect(classifyCommand(cmd)).toBeNull();
  });
});

describe('parsePromptLine', () => {
  it.each([
    ['kd> ln 0x9a3bf6ac  ', 'kd>', 'ln 0x9a3bf6ac'],
    ['0: kd> !verifier 3 myfault.sys', '0: kd>', '!verifier 3 myfault.sys'],
    ['1: kd> .symfix c:\\symbols', '1: kd>', '.symfix c:\\symbols'],
    ['0:000> lm', '0:000>', 'lm'],
    ['0:000:x86> kb', '0:000:x86>', 'kb'],
    ['Input> Leak', 'Input>', 'Leak'],
    ['lkd> !vm', 'lkd>', '!vm'],
    ['    kd> !poolused 4 ', 'kd>', '!poolused 4'],
  ])('%j', (line, prompt, command) => {
    expect(parsePromptLine(line)).toEqual({ prompt, command });
  });

  it('rejects text that only looks similar', () => {
    expect(parsePromptLine('The kd> prompt appears')).toBeNull();
    expect(parsePromptLine('82b2f88c int     3')).toBeNull();
  });
});

describe('transcript parser', () => {
  it('splits the seed 000 article into its 8 commands and parses each by kind', () => {
    const t = parsers.transcript(seedFixture('seed000-article.txt'));
    expect(t.commands.map((c) => [c.prompt, c.command, c.kind])).toEqual([
      ['kd>', '!analyze -v', 'analyze'],
      ['kd>', '!verifier 3 Mydriver.sys', 'verifier3'],
      ['kd>', 'ln 0x9a3bf6ac', 'ln'],
      ['kd>', 'ln 0x9a3bf687', 'ln'],
      ['kd>', 'ln 0x9a3bf6ed', 'ln'],
      ['kd>', '!verifier 0x80 0x982a8fe0', 'verifier80'],
      ['kd>', '!verifier 0x80 0x8645a000', 'verifier80'],
      ['kd>', '!verifier 0x80 0x9a836fd0', 'verifier80'],
    ]);
    expect((t.commands[0]!.result as AnalyzeResult).bugcheck.args[0]).toBe('0x62');
    expect((t.commands[1]!.result as Verifier3Result).drivers[0]!.allocations).toHaveLength(3);
  });

  it('handles mixed prompts (1: kd> / 0: kd>) and the re-flowed seed 003', () => {
    const t = parsers.transcript(seedFixture('seed003-article-reflowed.txt'));
    expect(t.commands.map((c) => c.command)).toEqual(['.symfix c:\\symbols', '.reload', '!verifier 3 myfault.sys', '!verifier 80 fffffa8005400000']);
    expect(t.commands.map((c) => c.kind)).toEqual([null, null, 'verifier3', 'verifier80']);
    expect(t.commands[0]!.result).toBeNull();
  });

  it('parses a whole recorded session with commands we do not parse in between', () => {
    const t = parsers.transcript(publicFixture('manurautela-poolhittag-session.txt'));
    const kinds = t.commands.map((c) => c.kind).filter((k) => k !== null);
    expect(kinds).toEqual(['stack', 'pool', 'stack', 'analyze', 'stack', 'verifier3']);
    const kb = t.commands.find((c) => c.command === '.thread ; .cxr ; kb')!.result as StackResult;
    expect(kb.frames[2]!.symbol).toBe('nt!KeBugCheck2+0x68b');
    expect(t.commands.find((c) => c.command === 'g')!.kind).toBeNull();
  });

  it('parses the banner before the first command and accepts CRLF', () => {
    const text = (publicFixture('msdocs-kdnet-banner.txt') + '0: kd> !vm 1\n      NonPagedPool Usage:    877   (    3508 Kb)\n').replace(/\n/g, '\r\n');
    const t = parsers.transcript(text);
    expect(t.banner?.target).toBe('live');
    expect(t.commands).toHaveLength(1);
    expect(t.commands[0]!.kind).toBe('vm');
  });

  it('warns when there is no prompt at all', () => {
    const t = parsers.transcript('just prose');
    expect(t.commands).toEqual([]);
    expect(t.warnings.length).toBe(1);
  });
});
