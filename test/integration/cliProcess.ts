// Runs the `poolsleuth` CLI as a real child process, the way a user does
// from the repository root: the bundle of the sources the integration setup made
// (cliBundleSetup.ts; `npm run cli` runs the same sources through tsx).
import { spawn } from 'node:child_process';
import { ownCliLauncher, repoRoot } from '../../electron/service/nodeEntryPoints';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { stdin?: string | Uint8Array; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const { argvPrefix } = ownCliLauncher();
  return new Promise((resolve, reject) => {
    const child = spawn(argvPrefix[0]!, [...argvPrefix.slice(1), ...args], {
      cwd: repoRoot,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
