// The demo target's scenarios, as `poolsleuth kdsim --list` reports them.
// Asked of the same CLI that will run the demo, so the list always matches it.
import { execFile } from 'node:child_process';
import type { ScenarioInfo } from '../contract';
import type { CliLauncher } from './nodeEntryPoints';

let cached: Promise<ScenarioInfo[]> | null = null;

export function listDemoScenarios(launcher: CliLauncher): Promise<ScenarioInfo[]> {
  cached ??= new Promise<ScenarioInfo[]>((resolve, reject) => {
    const [command, ...args] = launcher.argvPrefix;
    execFile(
      command!,
      [...args, 'kdsim', '--list'],
      { env: { ...process.env, ...launcher.env }, timeout: 30_000 },
      (err, stdout) => {
        if (err) {
          cached = null;
          reject(new Error(`Could not list the demo scenarios: ${err.message}`));
          return;
        }
        resolve(parseScenarioList(stdout));
      },
    );
  });
  return cached;
}

/** One scenario per line: its name, whitespace, a one-line description. */
export function parseScenarioList(text: string): ScenarioInfo[] {
  return text
    .split(/\r?\n/)
    .map((line) => /^([a-z0-9][a-z0-9-]*)\s+(.+)$/.exec(line.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1]!, description: m[2]!.replace(/^[-:–]\s*/, '') }));
}
