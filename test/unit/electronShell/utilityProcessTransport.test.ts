// The demo target in a utilityProcess: the transport against the real kdsim host,
// with Electron's fork replaced by a Node child whose IPC channel plays the parent
// port (no Electron binary here). Real process, real pipes.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DebuggerEncoding } from '../../../electron/contract';
import type { TransportExit } from '../../../electron/debugger/debuggerTransport';
import { kdsimUtilityModule, utilityProcessKdsim } from '../../../electron/main/demoTargetLauncher';
import { readKdsimPortMessage } from '../../../electron/main/kdsimPortMessages';
import type { UtilityChild, UtilityFork } from '../../../electron/main/utilityProcessTransport';
import { repoRoot } from '../../../electron/service/nodeEntryPoints';

const harness = join(import.meta.dirname, 'kdsimUtilityHarness.ts');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** What the transport asked Electron for, and a Node child standing in for the utility process. */
function recordingFork(): { fork: UtilityFork; calls: { modulePath: string; args: string[]; options: object }[] } {
  const calls: { modulePath: string; args: string[]; options: object }[] = [];
  const fork: UtilityFork = (modulePath, args, options) => {
    calls.push({ modulePath, args, options });
    const child = spawn(process.execPath, ['--import', tsx, harness, ...args], {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      // Structured clone, like Electron's postMessage (bytes stay a Uint8Array).
      serialization: 'advanced',
    });
    const utility: UtilityChild = {
      stdout: child.stdout,
      stderr: child.stderr,
      postMessage: (message) => child.send(message),
      kill: () => child.kill(),
      once: (event: 'spawn' | 'exit', listener: (code: number) => void) => child.once(event, (code: number | null) => listener(code ?? -1)),
    };
    return utility;
  };
  return { fork, calls };
}

function collect() {
  let text = '';
  const exits: TransportExit[] = [];
  const waiters: (() => void)[] = [];
  const handlers = {
    data: (chunk: Uint8Array) => {
      text += Buffer.from(chunk).toString('utf8');
      for (const w of waiters.splice(0)) w();
    },
    diagnostic: () => undefined,
    exit: (exit: TransportExit) => exits.push(exit),
  };
  const until = async (pattern: RegExp) => {
    while (!pattern.test(text)) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { handlers, until, exits, text: () => text };
}

describe('demo target in a utilityProcess', () => {
  it('runs kdsim: banner and prompt out, commands in over the port, q ends it as expected', async () => {
    const { fork, calls } = recordingFork();
    const transport = utilityProcessKdsim(fork, { modulePath: '/app/out/kdsim/kdsim-utility.mjs', execArgv: [] }, { PATH: '/usr/bin' })('mydriver-x86', []);
    expect(transport.description).toBe('demo target mydriver-x86');
    const out = collect();
    await transport.start(out.handlers);

    expect(calls).toEqual([
      {
        modulePath: '/app/out/kdsim/kdsim-utility.mjs',
        args: ['kdsim', '--scenario', 'mydriver-x86'],
        options: expect.objectContaining({ stdio: ['ignore', 'pipe', 'pipe'], execArgv: [], env: { PATH: '/usr/bin' } }),
      },
    ]);
    // Nothing asks for ELECTRON_RUN_AS_NODE any more.
    expect(JSON.stringify(calls)).not.toContain('ELECTRON_RUN_AS_NODE');

    await out.until(/kd> $/);
    transport.write('lm\n');
    await out.until(/start\s+end\s+module name[\s\S]*kd> $/);
    expect(out.text().split('module name')[1]).toMatch(/MyDriver/);
    // Bytes already encoded for the debugger's code page cross the port unchanged.
    transport.write(new TextEncoder().encode('.echo bytes-arrived\n'));
    await out.until(/bytes-arrived\r?\n[\s\S]*kd> $/);

    await transport.close();
    expect(out.exits).toHaveLength(1);
    expect(out.exits[0]).toMatchObject({ expected: true });
    expect(out.exits[0]!.reason).toMatch(/^demo target mydriver-x86 exited with code 0/);
  }, 60_000);

  it('reports kdsim ending on its own (a scenario it refuses) as an unexpected exit', async () => {
    const { fork } = recordingFork();
    const broken = utilityProcessKdsim(fork, { modulePath: 'x', execArgv: [] }, {})('no-such-scenario', []);
    const out = collect();
    await broken.start(out.handlers); // the process starts; kdsim then refuses the scenario (exit 2)
    await new Promise<void>((resolve) => {
      const poll = () => (out.exits.length > 0 ? resolve() : setTimeout(poll, 20));
      poll();
    });
    expect(out.exits[0]).toMatchObject({ expected: false });
    expect(out.exits[0]!.reason).toMatch(/exited with code 2/);
  }, 60_000);
});

describe('where the utility entry is', () => {
  it('is the bundle inside the app when packaged, the source through tsx in a checkout', () => {
    expect(kdsimUtilityModule('/opt/PoolSleuth/resources/app.asar/out/main', true)).toEqual({
      modulePath: '/opt/PoolSleuth/resources/app.asar/out/kdsim/kdsim-utility.mjs',
      execArgv: [],
    });
    const dev = kdsimUtilityModule(join(repoRoot, 'out/main'), false);
    expect(dev.modulePath).toBe(join(repoRoot, 'electron/main/kdsimUtilityEntry.ts'));
    expect(dev.execArgv[0]).toBe('--import');
    expect(dev.execArgv[1]).toMatch(/^file:.*tsx/);
  });
});

describe('port messages', () => {
  it('accepts only the three message shapes', () => {
    expect(readKdsimPortMessage({ type: 'stdin', data: 'lm\n' })).toEqual({ type: 'stdin', data: 'lm\n' });
    expect(readKdsimPortMessage({ type: 'stdin', data: new Uint8Array([0x6c, 0x6d, 0x0a]) })).toEqual({ type: 'stdin', data: new Uint8Array([0x6c, 0x6d, 0x0a]) });
    expect(readKdsimPortMessage({ type: 'interrupt' })).toEqual({ type: 'interrupt' });
    expect(readKdsimPortMessage({ type: 'end', extra: 1 })).toEqual({ type: 'end' });
    expect(readKdsimPortMessage({ type: 'stdin', data: 5 })).toBeNull();
    expect(readKdsimPortMessage('lm')).toBeNull();
    expect(readKdsimPortMessage(null)).toBeNull();
  });
});

describe('the transport factory with a shell-supplied kdsim', () => {
  it('uses it for demo targets instead of a child process', async () => {
    const { createTargetTransport } = await import('../../../electron/debugger/targetTransportFactory');
    const made: string[] = [];
    const environment = {
      kdsimLauncher: () => {
        throw new Error('the child-process launcher must not be asked');
      },
      kdsimTransport: (scenario: string, flags: readonly string[], encoding?: DebuggerEncoding) => {
        made.push([scenario, ...flags].join(' '));
        return utilityProcessKdsim(recordingFork().fork, { modulePath: 'm', execArgv: [] }, {})(scenario, flags, encoding);
      },
      ssh: () => {
        throw new Error('no ssh here');
      },
    };
    const transport = await createTargetTransport({ kind: 'demo', scenario: 'myfault-x64', flags: ['--crlf'], encoding: 'cp936' }, environment);
    expect(made).toEqual(['myfault-x64 --crlf']);
    expect(transport.description).toBe('demo target myfault-x64');
    // The code page reaches kdsim as --encoding and the session as transport.encoding.
    expect(transport.encoding).toBe('cp936');
  });
});

describe('the shipped break helper', () => {
  it('reaches the local debugger transport from the shell', async () => {
    const { createTargetTransport } = await import('../../../electron/debugger/targetTransportFactory');
    const script = 'C:\\Program Files\\PoolSleuth\\resources\\helpers\\Send-DebuggerBreak.ps1';
    const environment = {
      kdsimLauncher: () => ({ argvPrefix: [] }),
      breakHelperScript: script,
      ssh: () => {
        throw new Error('no ssh here');
      },
    };
    const transport = await createTargetTransport({ kind: 'local', argv: ['kd.exe', '-z', 'C:\\dumps\\MEMORY.DMP'] }, environment);
    // Windows break-ins run it with -File (windowsBreakHelper.test.ts checks that argv).
    expect((transport as unknown as { options: { breakHelperScript?: string } }).options.breakHelperScript).toBe(script);
  });
});
