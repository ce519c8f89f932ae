// electron.vite.config.ts: the output names package.json and the main process rely on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UserConfig } from 'electron-vite';
import { describe, expect, it } from 'vitest';
import { describeBridgeContract } from '../../../electron/preload/bridgeContract';
import config from '../../../electron.vite.config';

const repoRoot = resolve(import.meta.dirname, '../../..');
const { main, preload, renderer } = config as UserConfig;

describe('electron-vite config', () => {
  it("builds the main bundle where package.json's \"main\" points", () => {
    const pkg = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { main: string };
    const lib = main?.build?.lib;
    expect(lib && lib.formats).toEqual(['cjs']);
    const fileName = lib && typeof lib.fileName === 'function' ? lib.fileName('cjs', 'index') : undefined;
    expect(resolve(main!.build!.outDir!, fileName!)).toBe(resolve(repoRoot, pkg.main));
  });

  it('builds the preload as one self-contained CommonJS file with the contract names inlined', () => {
    const build = preload!.build!;
    expect(build.lib && build.lib.formats).toEqual(['cjs']);
    expect(build.externalizeDeps).toBe(false);
    const inlined = JSON.parse(String(preload!.define!.__POOLSLEUTH_BRIDGE_CONTRACT__));
    expect(inlined).toEqual(describeBridgeContract());
  });

  it('builds the renderer from renderer/index.html with relative asset URLs', () => {
    expect(renderer!.root).toBe(resolve(repoRoot, 'renderer'));
    expect(renderer!.base).toBe('./');
    expect(renderer!.build!.outDir).toBe(resolve(repoRoot, 'out/renderer'));
  });
});
