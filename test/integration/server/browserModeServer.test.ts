import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBrowserModeServer, type BrowserModeServer } from '../../../electron/server/browserModeServer';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';
import { buildContentSecurityPolicy } from '../../../electron/main/contentSecurityPolicy';

let server: BrowserModeServer;
let core: CoreService;
const staticRoot = mkdtempSync(path.join(tmpdir(), 'poolsleuth-static-'));

beforeAll(async () => {
  writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>PoolSleuth test page</title>');
  writeFileSync(path.join(staticRoot, 'app.js'), 'console.log(1)');
  core = createCoreService();
  server = await startBrowserModeServer({ core, staticRoot });
});

afterAll(async () => {
  await server.close();
  await core.dispose();
});

function openSocket(url: string, origin: string | undefined): Promise<{ ws: WebSocket | null; status: number | null }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, origin ? { origin } : {});
    ws.once('open', () => resolve({ ws, status: 101 }));
    ws.once('unexpected-response', (_req, res) => resolve({ ws: null, status: res.statusCode ?? null }));
    ws.once('error', () => resolve({ ws: null, status: null }));
  });
}

function nextMessage(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(data.toString()))));
}

describe('browser-mode server', () => {
  it('binds to 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the page with the token and a strict CSP', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('PoolSleuth test page');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    // One policy for both shells: the Electron window's, plus only our own WebSocket.
    const windowPolicy = buildContentSecurityPolicy();
    const ws = `ws://127.0.0.1:${server.port} ws://localhost:${server.port}`;
    expect(csp).toBe(windowPolicy.replace("connect-src 'self'", `connect-src 'self' ${ws}`));
  });

  it('refuses HTTP requests without the token or with a wrong one', async () => {
    const base = `http://127.0.0.1:${server.port}`;
    expect((await fetch(`${base}/`)).status).toBe(403);
    expect((await fetch(`${base}/app.js`)).status).toBe(403);
    expect((await fetch(`${base}/?token=wrong${server.token}`)).status).toBe(403);
  });

  it('accepts asset requests carrying the cookie set with the page', async () => {
    const page = await fetch(server.url);
    const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
    const res = await fetch(`http://127.0.0.1:${server.port}/app.js`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/..%2f..%2fetc%2fpasswd?token=${server.token}`);
    expect(res.status).toBe(404);
  });

  it('refuses a WebSocket without the token', async () => {
    const { status } = await openSocket(`ws://127.0.0.1:${server.port}/ws`, `http://127.0.0.1:${server.port}`);
    expect(status).toBe(403);
  });

  it('refuses a WebSocket from a foreign Origin even with the token', async () => {
    const url = `ws://127.0.0.1:${server.port}/ws?token=${server.token}`;
    expect((await openSocket(url, 'http://evil.example')).status).toBe(403);
    expect((await openSocket(url, undefined)).status).toBe(403);
  });

  it('answers malformed messages with an error and keeps serving', async () => {
    const { ws } = await openSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, `http://127.0.0.1:${server.port}`);
    expect(ws).not.toBeNull();
    const socket = ws!;

    socket.send('this is not json');
    expect(await nextMessage(socket)).toMatchObject({ type: 'response', id: null, ok: false, error: { code: 'bad-message' } });

    socket.send(JSON.stringify({ type: 'request', id: 7, method: 'session.nuke', params: {} }));
    expect(await nextMessage(socket)).toMatchObject({ type: 'response', id: 7, ok: false });

    socket.send(JSON.stringify({ type: 'request', id: 8, method: 'session.sendLine', params: { line: 'g\n.shell calc' } }));
    const invalid = await nextMessage(socket);
    expect(invalid).toMatchObject({ type: 'response', id: 8, ok: false, error: { code: 'invalid-params' } });

    socket.send(JSON.stringify({ type: 'request', id: 9, method: 'session.connect', params: { target: { kind: 'demo', scenario: '../../etc' } } }));
    expect(await nextMessage(socket)).toMatchObject({ id: 9, ok: false, error: { code: 'invalid-params' } });

    socket.send(JSON.stringify({ type: 'request', id: 10, method: 'session.getState', params: {} }));
    expect(await nextMessage(socket)).toMatchObject({ id: 10, ok: true, result: { state: 'idle' } });
    socket.close();
  });
});
