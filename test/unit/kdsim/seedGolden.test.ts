// Golden tests: the seeds' command sequences against their built-in scenarios reproduce
// the seeds' kd output (values and layout), compared modulo trailing whitespace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, runCommands } from './kdsimTestSession';

const FIXTURES = join(__dirname, '../../fixtures/kdsim');

function fixtureLines(name: string): string[] {
  return lines(readFileSync(join(FIXTURES, name), 'utf8'));
}

/** Lines first..last (1-based, inclusive) of a fixture. */
function block(all: string[], first: number, last: number): string[] {
  return all.slice(first - 1, last);
}

function trimBlankEnds(ls: string[]): string[] {
  const out = [...ls];
  while (out.length && out[0] === '') out.shift();
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
}

describe('seed 000: MyDriver.sys on Windows 8.1 x86 (mydriver-x86)', () => {
  const seed = fixtureLines('seed-000-mydriver-x86.txt');
  const commandAt = (line: number): string => seed[line - 1]!.replace(/^kd> /, '').trim();

  it('the fixture is the seed and its command lines are where the test expects them', () => {
    expect(commandAt(13)).toBe('!analyze -v');
    expect(commandAt(53)).toBe('!verifier 3 Mydriver.sys');
    expect(commandAt(133)).toBe('ln 0x9a3bf6ac');
    expect(commandAt(151)).toBe('!verifier 0x80 0x982a8fe0');
    expect(commandAt(201)).toBe('!verifier 0x80 0x9a836fd0');
  });

  it('reproduces every command block of the seed', async () => {
    const commands = [13, 53, 133, 137, 141, 151, 176, 201].map(commandAt);
    const result = await runCommands('mydriver-x86', commands);
    expect(result.exitCode).toBe(0);
    const out = result.outputs.map((o) => trimBlankEnds(lines(o)));

    // The connect/symbol-loading lines shown above the analysis are the banner's tail.
    const banner = lines(result.banner).join('\n');
    expect(banner).toContain(block(seed, 14, 20).join('\n'));

    // !analyze -v: the seed stops after the argument notes; kdsim continues with details.
    const analyzeExpected = block(seed, 21, 39);
    expect(out[0]!.slice(0, analyzeExpected.length)).toEqual(analyzeExpected);
    expect(out[0]).toContain('FAILURE_BUCKET_ID:  0xc4_62_LEAKED_POOL_IMAGE_MyDriver.sys');

    // !verifier 3 Mydriver.sys: the whole block.
    expect(out[1]).toEqual(trimBlankEnds(block(seed, 54, 124)));

    // ln x3: whole blocks.
    expect(out[2]).toEqual(block(seed, 134, 135));
    expect(out[3]).toEqual(block(seed, 138, 139));
    expect(out[4]).toEqual(block(seed, 142, 143));

    // !verifier 0x80 <addr> x3: the seed's text is a prefix (it omits the closing lines).
    const logBlocks: [number, number][] = [
      [152, 174],
      [177, 199],
      [202, 224],
    ];
    logBlocks.forEach(([first, last], i) => {
      const expected = trimBlankEnds(block(seed, first, last));
      expect(out[5 + i]!.slice(0, expected.length)).toEqual(expected);
      expect(out[5 + i]!.slice(expected.length)).toEqual([
        'Parsed entry 00010000/00010000...',
        'Finished parsing all pool tracking information.',
      ]);
    });
  });
});

/** The blog's re-flowed text: drop blank (or NBSP-only) lines, collapse whitespace runs. */
function reflowed(ls: string[]): string[] {
  return ls.map((l) => l.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
}

describe('seed 003: myfault.sys on Windows 7 x64 (myfault-x64)', () => {
  const seed = fixtureLines('seed-003-myfault-x64.txt');
  const commandAt = (line: number): string => seed[line - 1]!.replace(/^\d: kd> /, '').trim();

  it('reproduces .symfix, .reload, !verifier 3 myfault.sys and !verifier 80 <addr>', async () => {
    const commands = [90, 92, 104, 206].map(commandAt);
    expect(commands).toEqual(['.symfix c:\\symbols', '.reload', '!verifier 3 myfault.sys', '!verifier 80 fffffa8005400000']);
    const result = await runCommands('myfault-x64', commands);
    const out = result.outputs.map((o) => reflowed(lines(o)));
    expect(out[0]).toEqual([]);
    expect(out[1]).toEqual(reflowed(block(seed, 94, 97)));
    expect(reflowed(block(seed, 105, 195)).length).toBeGreaterThan(30);
    expect(out[2]).toEqual(reflowed(block(seed, 105, 195)));
    expect(out[3]).toEqual(reflowed(block(seed, 207, 247)));
  });

  it('prints the Windows 7 table layout with the blog column spacing', async () => {
    const result = await runCommands('myfault-x64', ['!verifier 3 myfault.sys']);
    const out = lines(result.outputs[0]!);
    expect(out).toContain('Entry     State           NonPagedPool   PagedPool   Module');
    expect(out).toContain('fffffa80031b5830 Loaded           009ce000       00000000    myfault.sys');
    expect(out).toContain('PoolAddress  SizeInBytes    Tag       CallersAddress');
    expect(out).toContain('fffffa8005400000     0x000fb000     Leak      fffff8800447d634');
    expect(out).toContain('Current nonpaged pool allocations      0xa for 009CE000 bytes');
  });
});
