// docs/parsers.md promises work linear in the input and its line length. Timing is not
// a test on a shared machine, so this counts instead: no pattern in the parsers or in
// the session's framing (electron/debugger, not its ssh folder: those read our own
// fingerprints) may have a shape that backtracks quadratically on a long line
// (see superLinearPatterns.ts); the hostile-shapes benchmark (`npm run bench -- hostile`)
// gives the figures.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../electron/service/nodeEntryPoints';
import { superLinearPatterns } from './superLinearPatterns';

const sourcesIn = (dir: string, recursive = true): string[] =>
  readdirSync(path.join(repoRoot, dir), { recursive, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(repoRoot, dir, f));

describe('patterns linear in line length', () => {
  it('the checker finds the shapes that were quadratic (it is not blind)', () => {
    const fixture = path.join(repoRoot, 'test/unit/parsers/superLinearPatterns.fixture.ts');
    const found = superLinearPatterns([fixture]).map((f) => `${f.line} ${f.shape}`);
    expect(found).toEqual(['3 adjacent', '4 adjacent', '5 adjacent', '6 unanchored start', '7 unanchored start', '8 adjacent', '10 adjacent']);
  });

  it('no parser or framing pattern backtracks quadratically on a long run of one character', () => {
    const files = [...sourcesIn('electron/parsers'), ...sourcesIn('electron/debugger', false)];
    expect(files.length).toBeGreaterThan(30);
    expect(superLinearPatterns(files).map((f) => `${path.relative(repoRoot, f.file)}:${f.line} ${f.shape}: ${f.detail} in ${f.pattern}`)).toEqual([]);
  }, 60_000);
});
