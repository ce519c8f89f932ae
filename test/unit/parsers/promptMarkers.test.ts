// Prompts behind a markdown marker that the place the text was copied from put in front of them
// ("###### 4: kd> lm…", "* : kd> !poolused 1 Hack"), and the property that ordinary debugger output lines,
// with or without such a marker, are not taken for prompts.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePromptLine } from '../../../electron/parsers/index';
import { splitLines } from '../../../electron/parsers/lineSplitter';
import { PROPERTY_TEST_TIMEOUT_MS } from '../propertyTestBudget';

const fixturesRoot = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Every line of every parser fixture (real samples and seed excerpts) that is not a prompt line. */
function outputLinesOfAllFixtures(): string[] {
  const out = new Set<string>();
  for (const dir of ['public', 'parsers']) {
    for (const name of readdirSync(`${fixturesRoot}${dir}`)) {
      if (!name.endsWith('.txt') || name.endsWith('.source.txt')) continue;
      for (const line of splitLines(readFileSync(`${fixturesRoot}${dir}/${name}`, 'utf8'))) {
        if (line.trim().length > 0 && parsePromptLine(line) === null) out.add(line);
      }
    }
  }
  return [...out];
}

const MARKERS = ['', '# ', '## ', '###### ', '* ', '- ', '> ', '  * ', '>   ', '*', '**', '***', '>', '>>', '> > ', '#', '####### ', '-', '+ ', '1. ', '\t'];

describe('parsePromptLine: markdown markers in front of a prompt', () => {
  it.each([
    ['###### 4: kd> lmDvmnvlddmkm', '4: kd>', 'lmDvmnvlddmkm'],
    ['# kd> !vm', 'kd>', '!vm'],
    ['## 0: kd> !analyze -v', '0: kd>', '!analyze -v'],
    ['* : kd> !poolused 1 Hack', ': kd>', '!poolused 1 Hack'],
    ['* 1: kd> !poolfind Leak 0', '1: kd>', '!poolfind Leak 0'],
    ['- 0: kd> kb', '0: kd>', 'kb'],
    ['> kd> !verifier 3 myfault.sys', 'kd>', '!verifier 3 myfault.sys'],
    ['  * 0:000> lm', '0:000>', 'lm'],
    ['>\tlkd> !vm 1', 'lkd>', '!vm 1'],
  ])('%j (synthetic lines except the first and fourth, which are from real fixtures)', (line, prompt, command) => {
    expect(parsePromptLine(line)).toEqual({ prompt, command });
  });

  it.each([
    '*** ERROR: Module load completed but symbols could not be loaded for myfault.sys',
    '*826fa130 size:   c0 previous size:   40  (Allocated) *SeSd',
    '* Symbol loading may be unreliable without a symbol search path.           *',
    '*                        Bugcheck Analysis                                    *',
    '>   30:     anotherBuffer = (PCHAR)ExAllocatePool2(POOL_FLAG_PAGED, dataSize / 2, \'AnB1\');',
    '# Child-SP          RetAddr           Call Site',
    ' # Call Site',
    '# Setup PoolHitTag with our driver\'s pool tag',
    '#kd> !vm',
    '*kd> !vm',
    '>kd> !vm',
    '-kd> !vm',
    '** kd> !vm',
    '>> kd> !vm',
    '* * kd> !vm',
    '####### kd> !vm',
    '+ kd> !vm',
    '- the kd> prompt',
    '> see 0: kd> above',
  ])('rejects %j', (line) => {
    expect(parsePromptLine(line)).toBeNull();
  });
});

describe('parsePromptLine: output lines are not prompts (property)', () => {
  const lines = outputLinesOfAllFixtures();

  it('has a corpus of real output lines', () => {
    expect(lines.length).toBeGreaterThan(2000);
  });

  it('no real output line of the fixtures, with or without a markdown marker in front, is a prompt', () => {
    fc.assert(
      fc.property(fc.constantFrom(...lines), fc.constantFrom(...MARKERS), (line, marker) => {
        expect(parsePromptLine(marker + line)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('every real output line with every marker (exhaustive)', () => {
    const taken: string[] = [];
    for (const line of lines) for (const marker of MARKERS) if (parsePromptLine(marker + line) !== null) taken.push(marker + line);
    expect(taken).toEqual([]);
  });

  // Lines assembled from pieces of kd output and markdown markers: without "kd>", "Input>" or "N:NNN>" in them,
  // whatever the markers, they are never prompts.
  const piece = fc.constantFrom(
    '*', '**', '***', '#', '######', '-', '>', ' ', '  ', '\t', '\u00a0', ':', '0', '1', '30', '4:', '0:000', 'kd', 'lkd', 'Input',
    'fffff880`1b90d5f8', '826fa130', 'size:', '(Allocated)', 'nt!KeBugCheckEx+0x104', 'Bugcheck Analysis', 'ERROR', '...', '[snip]',
  );
  it('random marker/output mixtures without a prompt token are never prompts', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const line = parts.join('');
        fc.pre(!/kd>|Input>|\d:\d{1,4}(?::[A-Za-z0-9_]{1,10})?>/.test(line));
        expect(parsePromptLine(line)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TEST_TIMEOUT_MS);

  it('stays linear on long marker/space runs (adversarial)', () => {
    for (const line of ['*'.repeat(4000), `* ${' '.repeat(4000)}x`, `${' '.repeat(4000)}#`, `${'# '.repeat(2000)}kd>`, `> ${'\u00a0'.repeat(4000)}kd`]) {
      expect(parsePromptLine(line)).toBeNull();
    }
  });
});
