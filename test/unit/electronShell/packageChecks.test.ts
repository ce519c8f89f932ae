// The packaging test's own checks (test/package): what it calls a problem in app.asar.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs without types
import { checkAsarContents, packageOf } from '../../package/asarContents.mjs';
// @ts-expect-error plain .mjs without types
import { bareImportsOf, packageNameOf } from '../../package/runtimePackages.mjs';

const good = [
  'package.json',
  'out/main/index.cjs',
  'out/preload/index.cjs',
  'out/renderer/index.html',
  'out/kdsim/kdsim-utility.mjs',
  'node_modules/zod/index.cjs',
  'node_modules/@scope/pkg/lib/a.js',
];
const expected = { runtime: new Set(['zod', '@scope/pkg']), devDependencies: ['vitest', 'electron'] };

describe('app.asar checks', () => {
  it('passes an archive with the app and exactly its runtime packages', () => {
    expect(checkAsarContents(good, { main: 'out/main/index.cjs' }, expected)).toEqual([]);
  });

  it('names every kind of problem', () => {
    const bad = [
      ...good.filter((f) => f !== 'out/preload/index.cjs' && !f.startsWith('node_modules/zod/')),
      'out/main/index.cjs.map',
      'electron/main/index.ts',
      'node_modules/ssh2/test/x.js',
      'node_modules/vitest/index.js',
      'out/cli/poolsleuth.mjs',
    ];
    const problems: string[] = checkAsarContents(bad, { main: './out/main/missing.cjs' }, expected);
    expect(problems).toEqual(
      expect.arrayContaining([
        'package.json "main" (./out/main/missing.cjs) is not in the archive',
        'missing out/preload/index.cjs',
        'runtime dependency zod is missing from node_modules',
        'packages nothing loads at run time: ssh2, vitest',
        'devDependency vitest is in the archive',
      ]),
    );
    expect(problems.join('\n')).toMatch(/1 source map file/);
    expect(problems.join('\n')).toMatch(/1 TypeScript source file/);
    expect(problems.join('\n')).toMatch(/test folder file\(s\), e\.g\. node_modules\/ssh2\/test\/x\.js/);
    expect(problems.join('\n')).toMatch(/CLI bundle/);
  });

  it('reads package names from paths and import specifiers', () => {
    expect(packageOf('node_modules/a/node_modules/@b/c/x.js')).toBe('@b/c');
    expect(packageOf('out/main/index.cjs')).toBeNull();
    expect(packageNameOf('zod/v4')).toBe('zod');
    expect(packageNameOf('@hono/node-server/x')).toBe('@hono/node-server');
    expect(packageNameOf('node:fs')).toBeNull();
    expect(packageNameOf('fs')).toBeNull();
    expect(packageNameOf('electron')).toBeNull();
    expect(packageNameOf('./chunk.mjs')).toBeNull();
    expect([...bareImportsOf('require("conf");import{a}from "zod";await import("ws");require("node:os");from "./x.mjs"')].sort()).toEqual(['conf', 'ws', 'zod']);
  });
});
