import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannelFor, ipcEventChannel, requestMethods, type EventName } from '../../../electron/contract';
import type { RequestHandlers } from '../../../electron/service/apiDispatcher';
import { FakeBrowserWindow, FakeWebContents, FakeWebFrameMain, ipcMain, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));
const { registerIpcHost } = await import('../../../electron/main/ipcHost');

const appUrl = 'app://poolsleuth/index.html';
const isAppUrl = (url: string) => url.split(/[?#]/)[0] === appUrl;

type FakeHandler = ReturnType<typeof vi.fn<(params: unknown) => Promise<unknown>>>;

function fakeCore() {
  const fakes = Object.fromEntries(
    requestMethods.map((method) => [method, vi.fn(async (_params: unknown): Promise<unknown> => ({ ok: true, method }))]),
  ) as Record<string, FakeHandler>;
  const handlers = fakes as unknown as RequestHandlers;
  let listener: ((event: EventName, payload: unknown) => void) | undefined;
  const unsubscribe = vi.fn();
  return {
    handlers,
    fakes,
    unsubscribe,
    onEvent: vi.fn((l: (event: EventName, payload: unknown) => void) => {
      listener = l;
      return unsubscribe;
    }),
    emit: (event: EventName, payload: unknown) => listener?.(event, payload),
  };
}

describe('IPC host', () => {
  let window: FakeBrowserWindow;
  let core: ReturnType<typeof fakeCore>;
  let dispose: () => void;
  let warn: ReturnType<typeof vi.spyOn>;

  beforeEach(async () => {
    resetFakeElectron();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    window = new FakeBrowserWindow({});
    await window.loadURL(appUrl);
    core = fakeCore();
    dispose = registerIpcHost({ core, getWindow: () => window as unknown as BrowserWindow, isAppUrl });
  });

  function call(method: string, params: unknown, event: { sender: unknown; senderFrame: unknown }) {
    const handler = ipcMain.handlers.get(ipcChannelFor(method as never));
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler(event, params);
  }
  const fromApp = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });

  it('wires one channel for every request method, and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(requestMethods.map(ipcChannelFor).sort());
  });

  it('dispatches a valid request from the app page to the core', async () => {
    const outcome = await call('session.connect', { target: { kind: 'demo', scenario: 'mydriver-x86' } }, fromApp());
    expect(outcome).toEqual({ ok: true, result: { ok: true, method: 'session.connect' } });
    expect(core.handlers['session.connect']).toHaveBeenCalledWith({ target: { kind: 'demo', scenario: 'mydriver-x86' } });
  });

  it('accepts a distinct frame object describing the same top frame', async () => {
    const top = window.webContents.mainFrame;
    const sameFrame = Object.assign(Object.create(FakeWebFrameMain.prototype), {
      url: top.url,
      parent: null,
      processId: top.processId,
      routingId: top.routingId,
    });
    const outcome = await call('session.getState', {}, { sender: window.webContents, senderFrame: sameFrame });
    expect(outcome).toMatchObject({ ok: true });
  });

  it('refuses a sub-frame, another window, a foreign page and a detached frame — the core never sees them', async () => {
    const subFrame = new FakeWebFrameMain(appUrl, window.webContents.mainFrame);
    const otherContents = new FakeWebContents();
    otherContents.mainFrame.url = appUrl;
    const foreignTop = new FakeWebFrameMain('https://evil.example/');
    const senders = [
      { sender: window.webContents, senderFrame: subFrame },
      { sender: otherContents, senderFrame: otherContents.mainFrame },
      { sender: window.webContents, senderFrame: null },
      { sender: window.webContents, senderFrame: foreignTop },
    ];
    for (const sender of senders) {
      const outcome = await call('session.sendLine', { line: '!analyze -v' }, sender);
      expect(outcome).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    window.webContents.mainFrame.url = 'https://evil.example/';
    expect(await call('session.sendLine', { line: 'k' }, fromApp())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(core.handlers['session.sendLine']).not.toHaveBeenCalled();
    // Each refusal is logged in the main process.
    expect(warn).toHaveBeenCalledTimes(senders.length + 1);
  });

  it('refuses everything when there is no window', async () => {
    dispose();
    dispose = registerIpcHost({ core, getWindow: () => null, isAppUrl });
    expect(await call('session.getState', {}, fromApp())).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers malformed params with an error outcome, not an exception', async () => {
    const twoLines = await call('session.sendLine', { line: 'k\r\n.shell calc' }, fromApp());
    expect(twoLines).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
    const extraKey = await call('session.break', { now: true }, fromApp());
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
    const badTarget = await call('session.connect', { target: { kind: 'demo', scenario: 'x;.shell' } }, fromApp());
    expect(badTarget).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
    expect(core.handlers['session.sendLine']).not.toHaveBeenCalled();
    expect(core.handlers['session.connect']).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error outcome', async () => {
    core.fakes['session.break']!.mockRejectedValueOnce(new Error('Not connected. Press Connect first.'));
    expect(await call('session.break', {}, fromApp())).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Not connected. Press Connect first.' },
    });
  });

  it('forwards core events to the app page on the event channel', () => {
    core.emit('console.output', { data: 'kd> ' });
    expect(window.webContents.sent).toEqual([
      { channel: ipcEventChannel, args: [{ event: 'console.output', payload: { data: 'kd> ' } }] },
    ]);
  });

  it('does not send events to a destroyed window or a foreign page', () => {
    window.webContents.mainFrame.url = 'https://evil.example/';
    core.emit('console.output', { data: 'secret' });
    window.webContents.mainFrame.url = appUrl;
    window.destroyed = true;
    core.emit('console.output', { data: 'secret' });
    expect(window.webContents.sent).toEqual([]);
  });

  it('removes its channels and event subscription when disposed', () => {
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(core.unsubscribe).toHaveBeenCalledTimes(1);
  });
});
