// `poolsleuth serve [--port N] [--no-open]`: browser mode on 127.0.0.1.
// Prints the URL (with its per-launch token) on stdout, progress on stderr.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { startBrowserModeServer } from '../server/browserModeServer';
import { createCoreService } from '../service/coreService';
import { repoRoot } from '../service/nodeEntryPoints';
import { InMemorySecretStore } from '../settings/secretStore';

function openInBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['explorer.exe', url] : ['xdg-open', url];
  try {
    const child = spawn(opener[0]!, opener.slice(1), { stdio: 'ignore', detached: true, shell: false });
    child.on('error', () => process.stderr.write('poolsleuth: could not open a browser; open the URL above yourself.\n'));
    child.unref();
  } catch {
    process.stderr.write('poolsleuth: could not open a browser; open the URL above yourself.\n');
  }
}

export async function runServeCommand(args: string[]): Promise<number> {
  let values: { port?: string; 'no-open'?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } }, strict: true }));
  } catch (err) {
    process.stderr.write(`poolsleuth serve: ${(err as Error).message}\nusage: poolsleuth serve [--port N] [--no-open]\n`);
    return 2;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`poolsleuth serve: --port must be a number from 0 to 65535, not '${values.port}'\n`);
    return 2;
  }
  const staticRoot = path.join(repoRoot, 'out/renderer');
  if (!existsSync(path.join(staticRoot, 'index.html'))) {
    process.stderr.write('poolsleuth serve: the UI is not built (out/renderer); run `npm run build`. Serving a placeholder page.\n');
  }
  // Browser mode never remembers a secret: this store is not persistent, so nothing is offered or written.
  const core = createCoreService({ secretStore: new InMemorySecretStore() });
  let server;
  try {
    server = await startBrowserModeServer({ core, staticRoot, port });
  } catch (err) {
    process.stderr.write(`poolsleuth serve: cannot listen on 127.0.0.1:${port}: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${server.url}\n`);
  process.stderr.write('PoolSleuth browser mode is running. Press Ctrl+C to stop.\n');
  if (!values['no-open']) openInBrowser(server.url);

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await core.dispose();
  return 0;
}
