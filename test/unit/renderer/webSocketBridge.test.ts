import { describe, expect, it } from 'vitest';
import { reconnectDelayMs } from '../../../renderer/src/bridge/reconnectBackoff';
import { WebSocketBridge, type SocketLike } from '../../../renderer/src/bridge/webSocketBridge';
import { webSocketUrlFor } from '../../../renderer/src/bridge/webSocketUrl';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: unknown[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.drop();
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({});
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

function setup() {
  const sockets: FakeSocket[] = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const warnings: string[] = [];
  const bridge = new WebSocketBridge('ws://127.0.0.1:1/ws?token=t', {
    createSocket: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: () => undefined,
    random: () => 0.5,
    now: () => 1000,
    warn: (m) => warnings.push(m),
  });
  const last = () => sockets[sockets.length - 1]!;
  return { bridge, sockets, timers, warnings, last };
}

describe('WebSocketBridge', () => {
  it('sends requests made while connecting once the socket opens, and pairs responses by id', async () => {
    const { bridge, last } = setup();
    const scenarios = bridge.invoke('demo.listScenarios', {});
    const state = bridge.invoke('session.getState', {});
    expect(last().sent).toEqual([]);
    last().open();
    expect(last().sent).toEqual([
      { type: 'request', id: 1, method: 'demo.listScenarios', params: {} },
      { type: 'request', id: 2, method: 'session.getState', params: {} },
    ]);
    last().receive({ type: 'response', id: 2, ok: true, result: { state: 'idle', reason: null, prompt: null, target: null } });
    last().receive({ type: 'response', id: 1, ok: true, result: { scenarios: [{ name: 'mydriver-x86', description: 'd' }] } });
    await expect(state).resolves.toMatchObject({ state: 'idle' });
    await expect(scenarios).resolves.toEqual({ scenarios: [{ name: 'mydriver-x86', description: 'd' }] });
  });

  it('rejects with the core error, and rejects results that break the contract', async () => {
    const { bridge, last, warnings } = setup();
    last().open();
    const connect = bridge.invoke('session.connect', { target: { kind: 'local', argv: ['C:\\nope\\kd.exe'] } });
    last().receive({ type: 'response', id: 1, ok: false, error: { code: 'failed', message: 'cannot start C:\\nope\\kd.exe' } });
    await expect(connect).rejects.toMatchObject({ code: 'failed', message: 'cannot start C:\\nope\\kd.exe' });

    const line = bridge.invoke('session.sendLine', { line: 'lm' });
    last().receive({ type: 'response', id: 2, ok: true, result: { ok: 'yes' } });
    await expect(line).rejects.toMatchObject({ code: 'invalid-response' });

    last().receive({ type: 'response', id: 99, ok: true, result: {} });
    last().onmessage?.({ data: '{oops' });
    expect(warnings).toHaveLength(2);
  });

  it('delivers only valid events to listeners', () => {
    const { bridge, last } = setup();
    last().open();
    const seen: string[] = [];
    const off = bridge.onEvent((event, payload) => seen.push(`${event}:${JSON.stringify(payload)}`));
    last().receive({ type: 'event', event: 'console.output', payload: { data: 'kd> ' } });
    last().receive({ type: 'event', event: 'console.output', payload: { data: null } });
    off();
    last().receive({ type: 'event', event: 'console.output', payload: { data: 'late' } });
    expect(seen).toEqual(['console.output:{"data":"kd> "}']);
  });

  it('fails calls in flight when the socket drops, then reconnects with backoff', async () => {
    const { bridge, sockets, timers, last } = setup();
    const statuses: string[] = [];
    bridge.onConnectionChange((c) => statuses.push(c.status));
    last().open();
    const pending = bridge.invoke('session.getState', {});
    last().drop();
    await expect(pending).rejects.toMatchObject({ code: 'connection-lost' });
    expect(bridge.connection.status).toBe('waiting');
    // While waiting to retry, calls fail fast instead of hanging.
    await expect(bridge.invoke('session.getState', {})).rejects.toMatchObject({ code: 'not-connected' });
    expect(timers).toHaveLength(1);
    timers[0]!.fn();
    expect(sockets).toHaveLength(2);
    // A failed attempt backs off further.
    last().drop();
    expect(timers[1]!.ms).toBeGreaterThan(timers[0]!.ms);
    timers[1]!.fn();
    last().open();
    expect(statuses).toEqual(['open', 'waiting', 'connecting', 'waiting', 'connecting', 'open']);
  });

  it('stops for good on close()', async () => {
    const { bridge, last, timers } = setup();
    last().open();
    bridge.close();
    expect(timers).toHaveLength(0);
    await expect(bridge.invoke('session.getState', {})).rejects.toMatchObject({ code: 'not-connected' });
  });
});

describe('reconnectDelayMs', () => {
  it('grows exponentially with jitter and stays under the cap', () => {
    expect(reconnectDelayMs(0, () => 0)).toBe(125);
    expect(reconnectDelayMs(0, () => 1)).toBe(250);
    expect(reconnectDelayMs(3, () => 1)).toBe(2000);
    expect(reconnectDelayMs(50, () => 1)).toBe(10_000);
    expect(reconnectDelayMs(50, () => 0)).toBe(5000);
  });
});

describe('webSocketUrlFor', () => {
  it('uses the page origin and passes the token along', () => {
    expect(webSocketUrlFor({ protocol: 'http:', host: '127.0.0.1:4321', search: '?token=a+b/c' })).toBe(
      'ws://127.0.0.1:4321/ws?token=a%20b%2Fc',
    );
    expect(webSocketUrlFor({ protocol: 'http:', host: '127.0.0.1:1', search: '' })).toBe('ws://127.0.0.1:1/ws?token=');
  });
});
