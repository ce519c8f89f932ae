import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, resetFakeElectron, shell } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));
const { installNavigationGuards, isExternalLinkAllowed } = await import('../../../electron/main/navigationGuards');

const appUrl = 'app://poolsleuth/index.html';
const isAppUrl = (url: string) => url.split(/[?#]/)[0] === appUrl;

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('navigation guards', () => {
  let contents: FakeWebContents;

  beforeEach(() => {
    resetFakeElectron();
    contents = new FakeWebContents();
    installNavigationGuards(contents as unknown as WebContents, isAppUrl);
  });

  it('prevents navigating to another origin and opens https links in the system browser', () => {
    const event = navigationEvent('https://learn.microsoft.com/windows-hardware/drivers/debugger/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://learn.microsoft.com/windows-hardware/drivers/debugger/');
  });

  it('prevents navigating to other schemes without handing them to the OS', () => {
    for (const url of ['file:///etc/passwd', 'http://example.com/', 'javascript:alert(1)', 'ms-settings:']) {
      const event = navigationEvent(url);
      contents.emit('will-navigate', event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it("lets the app's own page load (e.g. a reload with a new fragment)", () => {
    const event = navigationEvent(`${appUrl}#/report`);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('prevents redirects and sub-frame navigations away from the app', () => {
    const redirect = navigationEvent('https://evil.example/');
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    const frame = navigationEvent('https://evil.example/frame');
    contents.emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open; only https targets go to the system browser', () => {
    expect(contents.windowOpenHandler).toBeDefined();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: appUrl })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///c:/windows/system32/calc.exe' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('refuses webview attachment', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('treats only https as an external link', () => {
    expect(isExternalLinkAllowed('https://example.com')).toBe(true);
    expect(isExternalLinkAllowed('http://example.com')).toBe(false);
    expect(isExternalLinkAllowed('smb://host/share')).toBe(false);
    expect(isExternalLinkAllowed('::not a url')).toBe(false);
  });
});
