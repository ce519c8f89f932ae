// The seed 000 walkthrough on a Chinese and a Japanese Windows: kd writes its ANSI code
// page (CP936 / CP932) to the pipe, so the source paths arrive as GBK / Shift_JIS bytes.
// kdsim writes them the same way (--encoding); the session decodes with the configured
// code page and the findings name the files exactly — over pipes and over the real sshd.
// (Shift_JIS "ソ" is 0x83 0x5C: its second byte is a backslash, the classic trap.)
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DebuggerEncoding } from '../../../electron/contract';
import { createOutputDecoder, encodeForDebugger } from '../../../electron/debugger/debuggerEncoding';
import { ConsoleOutputTap } from '../../../electron/investigation/commandRunner';
import { runInvestigation } from '../../../electron/investigation/runInvestigation';
import { loadScenario } from '../../../electron/kdsim/scenarioLoader';
import { parseBanner } from '../../../electron/parsers';
import { ownCliLauncher } from '../../../electron/service/nodeEntryPoints';
import { DebuggerSession } from '../../../electron/debugger/debuggerSession';
import { connection, removeTempDirs } from '../ssh/sshTestKit';
import { startSshTestServer, type SshTestServer } from '../sshHarness/sshTestServer';
import { openCoreTarget } from '../coreTarget';

const cases: { encoding: DebuggerEncoding; folder: string }[] = [
  { encoding: 'cp936', folder: 'd:\\代码\\驱动' },
  { encoding: 'cp932', folder: 'd:\\ソース\\ドライバー' },
];

/** mydriver-x86 with its sources moved to `folder` (every path the scenario prints). */
function scenarioFile(folder: string): string {
  const text = JSON.stringify(loadScenario('mydriver-x86')).replaceAll('d:\\\\coding\\\\wdmdrivers\\\\mydriver', folder.replaceAll('\\', '\\\\'));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psl-cp-'));
  // Readable by the sshd test user, who runs the remote kdsim.
  chmodSync(dir, 0o755);
  const file = path.join(dir, 'mydriver-cjk.json');
  writeFileSync(file, text, { mode: 0o644 });
  return file;
}

function expectSitesIn(sites: { tag: string; file: string | null; line: number | null }[], folder: string): void {
  const byTag = Object.fromEntries(sites.map((s) => [s.tag, [s.file, s.line]]));
  expect(byTag).toEqual({
    VMdl: [`${folder}\\handleioctl.c`, 50],
    mdrv: [`${folder}\\handleioctl.c`, 38],
    Vfwi: [`${folder}\\handleioctl.c`, 72],
  });
}

describe('code pages: the decoder itself', () => {
  it('keeps a character split across chunks and shows why the code page matters', () => {
    for (const { encoding, folder } of cases) {
      const bytes = encodeForDebugger(encoding, `${folder}\\handleioctl.c(50)+0x15\n`);
      const decoder = createOutputDecoder(encoding);
      let text = '';
      for (const byte of bytes) text += decoder.write(Uint8Array.of(byte));
      expect(text).toBe(`${folder}\\handleioctl.c(50)+0x15\n`);
      // The same bytes read as UTF-8 (what we did before): replacement characters, no path.
      expect(createOutputDecoder('utf-8').write(bytes)).toContain('\uFFFD');
    }
    expect(Array.from(encodeForDebugger('cp932', 'ソ'))).toEqual([0x83, 0x5c]);
  });
});

describe('code pages: seed 000 over pipes', () => {
  for (const { encoding, folder } of cases) {
    it(`${encoding}: the leak findings name ${folder}\\handleioctl.c exactly`, async () => {
      const target = await openCoreTarget({
        kind: 'local',
        argv: [...ownCliLauncher().argvPrefix, 'kdsim', '--scenario', scenarioFile(folder), '--encoding', encoding],
        encoding,
      });
      try {
        expect(target.session.state.state).toBe('ready');
        const investigation = await runInvestigation({
          env: { runner: target.session, tap: target.tap, target: { kind: target.targetKind, offline: false } },
          playbook: null,
          facts: { banner: target.banner },
        });
        expect(investigation.status).toBe('finished');
        expectSitesIn(investigation.facts.sites, folder);
        // A command with the path in it goes out in the same code page (kdsim reads it back).
        const echoed = await target.session.execute(`.echo ${folder}`);
        expect(echoed.output).toBe(`${folder}\n`);
      } finally {
        await target.close();
      }
    }, 90_000);
  }
});

describe('code pages: UTF-16LE', () => {
  it('a debugger writing UTF-16LE is framed and answers, non-ASCII included', async () => {
    const target = await openCoreTarget({
      kind: 'local',
      argv: [...ownCliLauncher().argvPrefix, 'kdsim', '--scenario', scenarioFile('d:\\代码\\驱动'), '--encoding', 'utf-16le'],
      encoding: 'utf-16le',
    });
    try {
      expect(target.banner.kernelVersion).toMatch(/9600/);
      const ln = await target.session.execute('ln 0x9a3bf6ac');
      expect(ln.output.split('\n')[0]).toBe('d:\\代码\\驱动\\handleioctl.c(50)+0x15');
      expect((await target.session.execute('.echo ソース')).output).toBe('ソース\n');
    } finally {
      await target.close();
    }
  }, 90_000);
});

describe('code pages: seed 000 over the real sshd', () => {
  let server: SshTestServer;
  beforeAll(async () => {
    server = await startSshTestServer();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    removeTempDirs();
  });

  for (const { encoding, folder } of cases) {
    it(`${encoding}: the profile's encoding decodes the channel; findings exact`, async () => {
      const file = scenarioFile(folder);
      const conn = connection(server, { extraArgs: ['--encoding', encoding], transport: { encoding } });
      // The kit's kdsim argv names the built-in scenario: point it at the CJK file instead.
      const argv = (conn.transport as unknown as { options: { remoteArgv: string[] } }).options.remoteArgv;
      argv.splice(argv.indexOf('mydriver-x86'), 1, file);
      const tap = new ConsoleOutputTap();
      const session = new DebuggerSession(conn.transport, { console: tap.push }, { startupTimeoutMs: 60_000 });
      try {
        const banner = parseBanner(await session.start());
        expect(conn.transport.encoding).toBe(encoding);
        const investigation = await runInvestigation({
          env: { runner: session, tap, target: { kind: 'live', offline: false } },
          playbook: null,
          facts: { banner },
        });
        expect(investigation.status).toBe('finished');
        expectSitesIn(investigation.facts.sites, folder);
      } finally {
        await session.close();
      }
    }, 90_000);
  }
});
