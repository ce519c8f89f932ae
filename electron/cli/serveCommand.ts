// `poolsleuth serve [--port N] [--no-open] [--break-timeout SECONDS]`: browser mode on
// 127.0.0.1. Prints the URL (with its per-launch token) on stdout, progress on stderr.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { startBrowserModeServer } from '../server/browserModeServer';
import { createCoreService } from '../service/coreService';
import { repoRoot } from '../service/nodeEntryPoints';
import { InMemorySecretStore } from '../settings/secretStore';
import { parseServeArguments, serveUsage } from './serveArguments';

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
  const parsed = parseServeArguments(args);
  if ('error' in parsed) {
    process.stderr.write(`poolsleuth serve: ${parsed.error}\n${serveUsage}\n`);
    return 2;
  }
  const { port } = parsed;
  const staticRoot = path.join(repoRoot, 'out/renderer');
  if (!existsSync(path.join(staticRoot, 'index.html'))) {
    process.stderr.write('poolsleuth serve: the UI is not built (out/renderer); run `npm run build`. Serving a placeholder page.\n');
  }
  // Browser mode never remembers a secret: this store is not persistent, so nothing is offered or written.
  const core = createCoreService({ secretStore: new InMemorySecretStore(), ...(parsed.breakTimeoutMs === null ? {} : { breakTimeoutMs: parsed.breakTimeoutMs }) });
  let server;
  try {
    server = await startBrowserModeServer({ core, staticRoot, port });
  } catch (err) {
    process.stderr.write(`poolsleuth serve: cannot listen on 127.0.0.1:${port}: ${(err as Error).message}\n`);
    return 1;
  }
  process.stdout.write(`${server.url}\n`);
  process.stderr.write('PoolSleuth browser mode is running. Press Ctrl+C to stop.\n');
  if (parsed.open) openInBrowser(server.url);

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  await core.dispose();
  return 0;
}
