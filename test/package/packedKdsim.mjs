// Runs the demo target as packed: app.asar extracted, out/kdsim/kdsim-utility.mjs started
// with plain Node resolving its packages from the extracted node_modules only. Node's IPC
// channel plays Electron's parent port (the entry reads process.parentPort). Proves the
// bundle and the packaged dependencies are enough to serve a scenario.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Sends `lm` then `q`; resolves with kdsim's output, or rejects after `timeoutMs`. */
export function runPackedKdsim(extractedApp, work, timeoutMs = 60_000) {
  const shim = join(work, 'parent-port-shim.mjs');
  writeFileSync(
    shim,
    [
      '// Test shim: Electron gives a utility process process.parentPort; Node gives an IPC channel.',
      "process.parentPort = { on: (_event, listener) => process.on('message', (data) => listener({ data })) };",
      'await import(process.env.PACKED_KDSIM_ENTRY);',
      '',
    ].join('\n'),
  );
  const entry = pathToFileURL(join(extractedApp, 'out', 'kdsim', 'kdsim-utility.mjs')).href;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [shim, 'kdsim', '--scenario', 'mydriver-x86'], {
      cwd: work,
      env: { PATH: process.env.PATH, PACKED_KDSIM_ENTRY: entry },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'advanced',
    });
    let output = '';
    let errors = '';
    let sent = false;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the packed kdsim did not finish within ${timeoutMs / 1000} s; output so far:\n${output.slice(-400)}${errors.slice(-400)}`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text) => {
      output += text;
      if (!sent && /kd> $/.test(output)) {
        sent = true;
        child.send({ type: 'stdin', data: 'lm\n' });
        child.send({ type: 'stdin', data: 'q\n' });
        child.send({ type: 'end' });
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text) => (errors += text));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`the packed kdsim exited with ${code}: ${errors.trim().split('\n').slice(-3).join(' | ')}`));
    });
  });
}
