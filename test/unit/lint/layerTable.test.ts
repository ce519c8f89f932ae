// The per-folder allowlist of eslint.config.js against docs/architecture.md's
// Layers table, and one violating file per rule: each folder's forbidden import,
// Node in the pure layers and in the Node-free files, packages outside an allowlist.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layers } from '../../../build/eslint/layerTable.js';
import { boundaryErrors, loadLintConfigBeforeAll, repoRoot } from './boundaryErrors';

loadLintConfigBeforeAll();

const layerNames = ['contract', 'parsers', 'debugger', 'service', 'investigation', 'settings', 'kdsim', 'main', 'preload', 'server', 'mcp', 'cli'];

/** folder → the electron/ folders its "may import" cell names (null: "everything"). */
function documentedTable(): Map<string, string[] | null> {
  const doc = readFileSync(join(repoRoot, 'docs/architecture.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Layers'), doc.indexOf('## The session'));
  const rows = new Map<string, string[] | null>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const folder = /^`(electron\/[a-z]+|renderer)\/?`$/.exec(cells[1] ?? '')?.[1];
    if (!folder) continue;
    const mayImport = cells[3] ?? '';
    rows.set(folder, /everything/.test(mayImport) ? null : layerNames.filter((name) => new RegExp(`\\b${name}\\b`).test(mayImport)).map((n) => `electron/${n}`));
  }
  return rows;
}

describe('eslint.config.js follows docs/architecture.md', () => {
  it('has one entry per documented folder with the documented allowlist', () => {
    const table = documentedTable();
    expect([...table.keys()].sort()).toEqual(Object.keys(layers).sort());
    for (const [folder, documented] of table) {
      const configured = layers[folder]!.allowLayers;
      if (documented === null) expect(configured, folder).toEqual(expect.arrayContaining(['electron/service', 'electron/investigation', 'electron/parsers']));
      else expect([...configured].sort(), folder).toEqual([...documented].sort());
    }
  });
});

const node = "import { randomUUID } from 'node:crypto';\nexport const id = randomUUID;\n";

/** One file per rule that the rule must refuse: [file, code, what the message names]. */
const violations: [string, string, string][] = [
  ['electron/contract/x.ts', 'electron/debugger', "import { SshTransport } from '../debugger/ssh/sshTransport';\nexport const t = SshTransport;\n"],
  ['electron/contract/x.ts', 'node:crypto', node],
  ['electron/contract/x.ts', "'ssh2' package", "import ssh2 from 'ssh2';\nexport const s = ssh2;\n"],
  ['electron/parsers/x.ts', 'electron/contract', "import { conclusionSchema } from '../contract/conclusionTypes';\nexport const c = conclusionSchema;\n"],
  ['electron/parsers/x.ts', 'node:crypto', node],
  ['electron/parsers/x.ts', "'zod' package", "import { z } from 'zod';\nexport const s = z.string();\n"],
  ['electron/debugger/x.ts', 'electron/investigation', "import { runInvestigation } from '../investigation/runInvestigation';\nexport const r = runInvestigation;\n"],
  ['electron/debugger/x.ts', 'electron/service', "import { createCoreService } from '../service/coreService';\nexport const c = createCoreService;\n"],
  ['electron/debugger/outputFramer.ts', 'node:crypto', node],
  ['electron/debugger/promptPatterns.ts', "'os'", "import { EOL } from 'os';\nexport const e = EOL;\n"],
  ['electron/investigation/x.ts', 'electron/service', "import { createCoreService } from '../service/coreService';\nexport const c = createCoreService;\n"],
  ['electron/investigation/x.ts', 'electron/settings', "import { SettingsStore } from '../settings/settingsStore';\nexport const s = SettingsStore;\n"],
  ['electron/investigation/playbooks/leakAtUnload/x.ts', 'node:crypto', node],
  ['electron/settings/x.ts', 'electron/debugger', "import { SshTransport } from '../debugger/ssh/sshTransport';\nexport const t = SshTransport;\n"],
  ['electron/kdsim/x.ts', 'electron/parsers', "import { parseLn } from '../parsers/lnParser';\nexport const p = parseLn;\n"],
  ['electron/service/x.ts', 'electron/server', "import { startBrowserModeServer } from '../server/browserModeServer';\nexport const s = startBrowserModeServer;\n"],
  ['electron/service/x.ts', 'electron/mcp', "import { startMcpServer } from '../mcp/mcpServer';\nexport const s = startMcpServer;\n"],
  ['electron/main/x.ts', 'electron/investigation', "import { runInvestigation } from '../investigation/runInvestigation';\nexport const r = runInvestigation;\n"],
  ['electron/preload/x.ts', 'electron/service', "import { createCoreService } from '../service/coreService';\nexport const c = createCoreService;\n"],
  ['electron/server/x.ts', 'electron/debugger', "import { SshTransport } from '../debugger/ssh/sshTransport';\nexport const t = SshTransport;\n"],
  ['electron/mcp/x.ts', 'electron/settings', "import { SettingsStore } from '../settings/settingsStore';\nexport const s = SettingsStore;\n"],
  ['electron/mcp/x.ts', 'electron/debugger', "import { DebuggerSession } from '../debugger/debuggerSession';\nexport const d = DebuggerSession;\n"],
  ['electron/cli/x.ts', 'renderer', "import { App } from '../../renderer/src/App';\nexport const a = App;\n"],
  ['renderer/src/x.ts', 'electron/service', "import { createCoreService } from '../../electron/service/coreService';\nexport const c = createCoreService;\n"],
];

describe('a violating file per rule', () => {
  it.each(violations)('%s refuses %s', async (file, named, code) => {
    const errors = await boundaryErrors(code, file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(named);
  });

  it('lets the debugger use Node outside the Node-free files, and the engine use globalThis.crypto', async () => {
    expect(await boundaryErrors(node, 'electron/debugger/localProcessTransport.ts')).toEqual([]);
    expect(await boundaryErrors('export const id = () => globalThis.crypto.randomUUID();\n', 'electron/investigation/investigationEngine.ts')).toEqual([]);
  });

  it('lets the contract use zod and a shell use the service', async () => {
    expect(await boundaryErrors("import { z } from 'zod';\nexport const s = z.string();\n", 'electron/contract/x.ts')).toEqual([]);
    expect(await boundaryErrors("import { createCoreService } from '../service/coreService';\nexport const c = createCoreService;\n", 'electron/mcp/x.ts')).toEqual([]);
  });
});
