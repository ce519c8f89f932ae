// Test helper: runs kdsim in-process over PassThrough streams and returns each
// command's output, delimited with .echo markers the way the session core frames commands.
import { PassThrough } from 'node:stream';
import { createKdsim, type KdsimOptions } from '../../../electron/kdsim/kdsimRepl';
import { loadScenario } from '../../../electron/kdsim/scenarioLoader';
import type { Scenario } from '../../../electron/kdsim/scenarioSchema';

export interface TranscriptResult {
  banner: string;
  outputs: string[];
  raw: string;
  exitCode: number;
}

const marker = (i: number): string => `@@KDSIM_TEST_${i}@@`;

export async function runCommands(
  scenarioOrName: Scenario | string,
  commands: string[],
  options: KdsimOptions = {},
): Promise<TranscriptResult> {
  const scenario = typeof scenarioOrName === 'string' ? loadScenario(scenarioOrName) : scenarioOrName;
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  const kd = createKdsim({ scenario, input, output, options });
  const lines = [`.echo ${marker(0)}`];
  commands.forEach((c, i) => lines.push(c, `.echo ${marker(i + 1)}`));
  lines.push('q');
  input.end(lines.join('\n') + '\n');
  const exitCode = await kd.done;
  const raw = Buffer.concat(chunks).toString('utf8');
  return { ...splitByMarkers(raw, commands.length), raw, exitCode };
}

export function splitByMarkers(raw: string, count: number): { banner: string; outputs: string[] } {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i <= count; i++) {
    const needle = `kd> ${marker(i)}\n`;
    const at = raw.indexOf(needle, from);
    if (at < 0) throw new Error(`marker ${i} not found in kdsim output:\n${raw.slice(from, from + 2000)}`);
    // Drop the prompt in front of the marker ("kd> ", "0: kd> " or "lkd> ").
    pieces.push(raw.slice(from, at).replace(/(\d+: |l)?$/, ''));
    from = at + needle.length;
  }
  const [banner = '', ...rest] = pieces;
  // Every output but the banner starts right after a prompt.
  const outputs = rest.map((p) => p.replace(/^(\d+: |l)?kd> /, ''));
  return { banner: banner.replace(/(\d+: |l)?kd> $/, ''), outputs };
}

export function lines(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\s+$/, ''));
}
