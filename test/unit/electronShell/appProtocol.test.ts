import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { protocol, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));
const { installAppProtocol, registerAppSchemePrivileges, resolveAppFile } = await import('../../../electron/main/appProtocol');

const policy = "default-src 'self'; script-src 'self'";
let rendererDir: string;

beforeAll(() => {
  const root = mkdtempSync(join(tmpdir(), 'poolsleuth-app-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>PoolSleuth</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
});

describe('app:// protocol', () => {
  beforeEach(() => resetFakeElectron());

  it('registers app: as a standard, secure scheme', () => {
    registerAppSchemePrivileges();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('maps URLs to files inside the renderer folder only', () => {
    expect(resolveAppFile(rendererDir, 'app://poolsleuth/')).toBe(join(rendererDir, 'index.html'));
    expect(resolveAppFile(rendererDir, 'app://poolsleuth/assets/index-1.js?x=1')).toBe(join(rendererDir, 'assets', 'index-1.js'));
    // The URL parser folds %2e%2e segments itself: the result stays inside the folder.
    expect(resolveAppFile(rendererDir, 'app://poolsleuth/%2e%2e/secret.txt')).toBe(join(rendererDir, 'secret.txt'));
    // An encoded slash survives parsing and is caught after decoding.
    expect(resolveAppFile(rendererDir, 'app://poolsleuth/..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(rendererDir, 'app://poolsleuth/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(rendererDir, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(rendererDir, 'file:///etc/passwd')).toBeNull();
  });

  it('serves files with their type and the CSP header; anything else is 404', async () => {
    installAppProtocol(rendererDir, policy);
    const handler = protocol.handlers.get('app')!;
    const page = await handler({ url: 'app://poolsleuth/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(policy);
    expect(await page.text()).toContain('<title>PoolSleuth</title>');

    const script = await handler({ url: 'app://poolsleuth/assets/index-1.js' });
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);

    for (const url of ['app://poolsleuth/%2e%2e/secret.txt', 'app://poolsleuth/missing.js', 'app://poolsleuth/assets']) {
      const refused = await handler({ url });
      expect(refused.status, url).toBe(404);
      expect(await refused.text()).not.toContain('outside the renderer');
    }
  });
});
