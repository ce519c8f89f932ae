// "Paste kd output" through the real core: `transcript.openText` (dispatchRequest, the
// schema every shell validates against) opens pasted text as an offline replay, and the
// offline investigation reads it like a recorded session. Seed 000 (MS docs C4/0x62, Win 8.1
// x86) pasted as an e-mail quote ("> ") and without its prompts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pastedTextMaxChars, type RequestMethod } from '../../../electron/contract';
import { dispatchRequest } from '../../../electron/service/apiDispatcher';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/parsers', name), 'utf8');
const seedAnalyze = fixture('seed000-analyze.txt').trimEnd();
const seedVerifier = fixture('seed000-verifier3.txt').trimEnd();
const quote = (text: string) => text.split('\n').map((l) => `> ${l}`).join('\n');

let core: CoreService;
beforeEach(() => {
  core = createCoreService();
});
afterEach(async () => {
  await core.dispose();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function call(method: RequestMethod, params: unknown): Promise<any> {
  const outcome = await dispatchRequest(core.handlers, method, params);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result;
}

async function investigate() {
  const { status } = await call('investigation.start', { playbook: null, driver: null });
  expect(status).toBe('finished');
  return JSON.parse((await call('investigation.exportReport', { format: 'json' })).content);
}

describe('transcript.openText (Paste kd output)', () => {
  it('a "> "-quoted !analyze -v + !verifier 3 session: the replay answers both, the investigation finds the driver and its sites', async () => {
    const pasted = `Hi, the box crashed again on unload, here is what kd says:\n\n${quote(`${seedAnalyze}\n${seedVerifier}`)}\n\nThanks!`;
    const opened = await call('transcript.openText', { name: 'pasted text', text: pasted });
    expect(opened.commands).toEqual(['!analyze -v', '!verifier 3 Mydriver.sys']);
    expect(opened.warnings[0]).toMatch(/^pasted text: stripped the block quote ">" from lines 3–\d+ \(\d+ lines\)$/);
    const state = await call('session.getState', {});
    expect(state.state).toBe('ready');
    expect(state.target.offline).toBe(true);

    const report = await investigate();
    expect(report.playbook).toBe('leak-at-unload');
    const driver = report.findings.find((f: { kind: string }) => f.kind === 'driver');
    expect(driver.driver).toBe('Mydriver.sys');
    // the three rows of the allocation table, by caller (no `ln` in the paste: the table's own symbols)
    expect(report.sites.map((s: { tag: string; bytes: number; symbol: string | null }) => [s.tag, s.bytes, s.symbol])).toEqual(
      expect.arrayContaining([
        ['VMdl', 0x20, 'MyDriver!DeviceControlDispatch'],
        ['mdrv', 0x1008, 'MyDriver!DeviceControlDispatch'],
        ['Vfwi', 0x30, 'MyDriver!GetNecessaryObjects'],
      ]),
    );
    expect(report.sites).toHaveLength(3);
  });

  it('bare output without prompts gets its commands guessed, and the guesses are listed', async () => {
    const bareAnalyze = seedAnalyze.slice(seedAnalyze.indexOf('\n') + 1);
    const bareVerifier = seedVerifier.slice(seedVerifier.indexOf('\n') + 1);
    const opened = await call('transcript.openText', { name: 'pasted text', text: `${bareAnalyze}\n${bareVerifier}` });
    expect(opened.commands).toEqual(['!analyze -v', '!verifier 3 MyDriver.sys']);
    expect(opened.warnings).toContain('pasted text: output from line 8 has no "kd> command" line: read as "!analyze -v" (from the "Bugcheck Analysis" banner)');
    expect(opened.warnings.some((w: string) => /read as "!verifier 3 MyDriver\.sys" \(from "Verify Flags Level 0x000209bb"\)/.test(w))).toBe(true);
    const report = await investigate();
    expect(report.findings.find((f: { kind: string }) => f.kind === 'driver').driver).toMatch(/^mydriver\.sys$/i);
    expect(report.sites).toHaveLength(3);
  });

  it('refuses text over the size limit and text with nothing a debugger printed', async () => {
    const tooBig = await dispatchRequest(core.handlers, 'transcript.openText', { name: 'x', text: 'a'.repeat(pastedTextMaxChars + 1) });
    expect(tooBig.ok).toBe(false);
    await expect(call('transcript.openText', { name: 'notes', text: 'just some prose\nwithout any debugger output\n' })).rejects.toThrow(/no debugger commands found/);
  });
});
