// Warning findings carry a fixed title per code (numbers and names go in the detail), so
// the UI can translate titles by code. The table in warningTitles.ts is the only source.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Investigation } from '../../../electron/investigation/investigationEngine';
import type { Playbook, StepDefinition } from '../../../electron/investigation/stepTypes';
import { WARNING_TITLES } from '../../../electron/investigation/warningTitles';
import { repoRoot } from '../../../electron/service/nodeEntryPoints';
import { ScriptedRunner } from './scriptedRunner';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const dump = { kind: 'dump' as const, offline: false };

describe('warning titles', () => {
  const sources = sourceFiles(path.join(repoRoot, 'electron/investigation')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

  it('every ctx.warn call names a code of the table and passes only the detail', () => {
    const codes = new Set<string>();
    for (const { file, text } of sources) {
      for (const m of text.matchAll(/\bctx\.warn\(\s*(['"`])([^'"`]+)\1\s*,/g)) {
        codes.add(m[2]!);
        expect(Object.keys(WARNING_TITLES), `${path.basename(file)}: ${m[2]}`).toContain(m[2]);
      }
    }
    expect(codes.size).toBeGreaterThanOrEqual(10);
    // No warning finding is built by hand with its own title.
    for (const { file, text } of sources) {
      if (file.endsWith('warningTitles.ts') || file.endsWith('stepRunContext.ts')) continue;
      for (const m of text.matchAll(/kind:\s*'warning'[^}]*title:\s*([^,}]+)/g)) {
        expect(m[1]!.trim(), path.basename(file)).toMatch(/^warningTitle\('[a-z-]+'\)$/);
      }
    }
  });

  it('titles are plain constant text: no numbers, addresses or placeholders', () => {
    for (const [code, title] of Object.entries(WARNING_TITLES)) {
      expect(title, code).not.toMatch(/\d|\$\{|0x/);
      expect(title.length, code).toBeGreaterThan(5);
    }
  });

  it('ctx.warn uses the table title whatever the detail; step-failed is the same for two different steps', async () => {
    const warns = (detail: string): StepDefinition => ({
      id: `w-${detail}`,
      title: `Step ${detail}`,
      why: 'test',
      async run(ctx) {
        ctx.warn('verifier-log-wrapped', `${detail} of 9 allocations are not in the verifier log.`);
        throw new Error(`boom ${detail}`);
      },
    });
    const playbook: Playbook = { id: 'leak-at-unload', title: 'test', steps: [warns('3'), warns('7')] };
    const investigation = new Investigation({ playbook, env: { runner: new ScriptedRunner(), target: dump } });
    await investigation.run();
    const wrapped = investigation.findings.filter((f) => f.kind === 'warning' && f.code === 'verifier-log-wrapped');
    expect(wrapped.map((f) => f.title)).toEqual([WARNING_TITLES['verifier-log-wrapped'], WARNING_TITLES['verifier-log-wrapped']]);
    expect(wrapped.map((f) => f.detail)).toEqual(['3 of 9 allocations are not in the verifier log.', '7 of 9 allocations are not in the verifier log.']);
    const failed = investigation.findings.filter((f) => f.kind === 'warning' && f.code === 'step-failed');
    expect(failed.map((f) => f.title)).toEqual([WARNING_TITLES['step-failed'], WARNING_TITLES['step-failed']]);
    expect(failed.map((f) => f.detail)).toEqual(['Step 3: boom 3', 'Step 7: boom 7']);
  });
});
