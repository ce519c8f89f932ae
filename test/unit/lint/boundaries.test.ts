// The layer rule of eslint.config.js, run through ESLint's Node API on
// in-memory snippets placed (by file path) in each layer.
import { describe, expect, it } from 'vitest';
import { boundaryErrors, loadLintConfigBeforeAll } from './boundaryErrors';

loadLintConfigBeforeAll();

describe('renderer boundary', () => {
  const file = 'renderer/src/workflow/somePanel.ts';

  it('rejects importing another electron folder', async () => {
    const errors = await boundaryErrors("import { x } from '../../../electron/debugger/x';\nexport const y = x;\n", file);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('electron/debugger');
  });

  it('rejects Node built-ins, with or without the node: prefix, and the electron package', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { ipcRenderer } from 'electron';",
      'export const all = [readFileSync, path, ipcRenderer];',
      '',
    ].join('\n');
    const errors = await boundaryErrors(code, file);
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(/node:fs/);
    expect(errors.join('\n')).toMatch(/'path'/);
    expect(errors.join('\n')).toMatch(/'electron' package/);
  });

  it('rejects a dynamic import and a re-export across the boundary', async () => {
    const code = "export * from '../../electron/service/coreService';\nexport const load = () => import('node:child_process');\n";
    const errors = await boundaryErrors(code, 'renderer/src/x.ts');
    expect(errors).toHaveLength(2);
  });

  it('allows the contract, npm packages and its own files', async () => {
    const code = [
      "import { requestMethods } from '../../../electron/contract';",
      "import { z } from 'zod';",
      "import { useState } from 'react';",
      "import { helper } from '../console/helper';",
      'export const all = [requestMethods, z, useState, helper];',
      '',
    ].join('\n');
    expect(await boundaryErrors(code, file)).toEqual([]);
  });
});

describe('pure layers: parsers and contract', () => {
  it('rejects fs and child_process in a parser', async () => {
    const code = "import { readFile } from 'fs/promises';\nimport { spawn } from 'child_process';\nexport const a = [readFile, spawn];\n";
    expect(await boundaryErrors(code, 'electron/parsers/verifierLogParser.ts')).toHaveLength(2);
  });

  it('rejects a parser reaching into another electron folder, even the contract', async () => {
    const code = "import { a } from '../debugger/framing';\nimport { b } from '../contract';\nexport const c = [a, b];\n";
    expect(await boundaryErrors(code, 'electron/parsers/lmParser.ts')).toHaveLength(2);
  });

  it('resolves relative paths: a parser sub-folder may import its parent folder', async () => {
    const code = "import { hex } from '../hexAddress';\nexport const h = hex;\n";
    expect(await boundaryErrors(code, 'electron/parsers/tables/columnLayout.ts')).toEqual([]);
  });

  it('rejects Node built-ins in the contract', async () => {
    const code = "import { EventEmitter } from 'node:events';\nexport const E = EventEmitter;\n";
    expect(await boundaryErrors(code, 'electron/contract/sessionTypes.ts')).toHaveLength(1);
  });
});

describe('core and shells', () => {
  it('rejects the core importing a shell', async () => {
    const code = "import { registerIpcHost } from '../main/ipcHost';\nexport const r = registerIpcHost;\n";
    expect(await boundaryErrors(code, 'electron/service/coreService.ts')).toHaveLength(1);
  });

  it('lets the main process use the core and Node', async () => {
    const code = "import { join } from 'node:path';\nimport { createCoreService } from '../service/coreService';\nexport const a = [join, createCoreService];\n";
    expect(await boundaryErrors(code, 'electron/main/index.ts')).toEqual([]);
  });

  it('keeps the preload to the contract', async () => {
    const code = "import { createCoreService } from '../service/coreService';\nimport { readFileSync } from 'node:fs';\nexport const a = [createCoreService, readFileSync];\n";
    expect(await boundaryErrors(code, 'electron/preload/index.ts')).toHaveLength(2);
  });
});
