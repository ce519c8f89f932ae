// Browser mode under a hostile or broken page: duplicate Host headers are refused (Node
// keeps only the first), and a connection that stops reading its replies is closed with
// a clear code once its unread replies pass the cap, instead of growing without end.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { slowReaderCloseCode, startBrowserModeServer, type BrowserModeServer } from '../../../electron/server/browserModeServer';
import { createCoreService, type CoreService } from '../../../electron/service/coreService';

let server: BrowserModeServer;
let core: CoreService;
const staticRoot = mkdtempSync(path.join(tmpdir(), 'poolsleuth-static-'));
const cap = 256 * 1024;

beforeAll(async () => {
  writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>PoolSleuth test page</title>');
  core = createCoreService();
  server = await startBrowserModeServer({ core, staticRoot, maxBufferedBytes: cap });
});

afterAll(async () => {
  await server.close();
  await core.dispose();
});

/** Sends raw request head lines over TCP and returns the status code of the answer. */
function rawStatus(lines: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => {
      text += d;
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (m) {
        resolve(Number(m[1]));
        socket.destroy();
      }
    });
    socket.on('error', reject);
    socket.write(lines.join('\r\n') + '\r\n\r\n');
  });
}

describe('browser mode: duplicate headers', () => {
  it('serves a request with one Host header and refuses one with two, in either order', async () => {
    const ours = `Host: 127.0.0.1:${server.port}`;
    const get = `GET /?token=${server.token} HTTP/1.1`;
    expect(await rawStatus([get, ours, 'Connection: close'])).toBe(200);
    expect(await rawStatus([get, ours, 'Host: evil.example', 'Connection: close'])).toBe(421);
    expect(await rawStatus([get, 'Host: evil.example', ours, 'Connection: close'])).toBe(421);
    expect(await rawStatus([get, ours, `host: 127.0.0.1:${server.port}`, 'Connection: close'])).toBe(421);
  });

  it('refuses a WebSocket upgrade with two Host or two Origin headers', async () => {
    const upgrade = (extra: string[]) =>
      rawStatus([
        `GET /ws?token=${server.token} HTTP/1.1`,
        `Host: 127.0.0.1:${server.port}`,
        `Origin: http://127.0.0.1:${server.port}`,
        'Upgrade: websocket',
        'Connection: Upgrade',
        'Sec-WebSocket-Version: 13',
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
        ...extra,
      ]);
    expect(await upgrade([])).toBe(101);
    expect(await upgrade(['Host: evil.example'])).toBe(403);
    expect(await upgrade(['Origin: http://evil.example'])).toBe(403);
  });
});

describe('browser mode: a page that stops reading', () => {
  it('is closed with code 1008 and a reason once its unread replies pass the cap', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, { origin: `http://127.0.0.1:${server.port}` });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    let replies = 0;
    ws.on('message', () => replies++);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));

    // Stop reading, then ask for far more than the socket buffers and the cap can hold.
    ws.pause();
    const requests = 40_000;
    for (let id = 1; id <= requests; id++) ws.send(JSON.stringify({ type: 'request', id, method: 'demo.listScenarios', params: {} }));
    await new Promise<void>((resolve) => ws.send('', () => resolve()));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    ws.resume();

    const { code, reason } = await closed;
    expect(code).toBe(slowReaderCloseCode);
    expect(reason).toMatch(/left over 0\.3 MB of replies unread/);
    // Replies stopped at the cap: the page did not get an answer to every request.
    expect(replies).toBeGreaterThan(0);
    expect(replies).toBeLessThan(requests);

    // The server still serves a page that reads.
    const fresh = new WebSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, { origin: `http://127.0.0.1:${server.port}` });
    const answer = await new Promise<Record<string, unknown>>((resolve, reject) => {
      fresh.once('open', () => fresh.send(JSON.stringify({ type: 'request', id: 1, method: 'session.getState', params: {} })));
      fresh.once('message', (d) => resolve(JSON.parse(d.toString())));
      fresh.once('error', reject);
    });
    expect(answer).toMatchObject({ id: 1, ok: true });
    fresh.close();
  }, 120_000);
});
