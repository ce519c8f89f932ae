// A stand-in for the 'electron' module (there is no Electron binary here, and
// the real package's index.js throws without one). Each fake records what the
// shell asked of it so tests can assert on options, handlers and channels.
// Use: vi.mock('electron', () => import('./fakeElectron')).
import type { BrowserWindowConstructorOptions } from 'electron';
import { vi } from 'vitest';

// Listeners take whatever the emitter passes; tests call them with fakes.
type Listener = (...args: never[]) => unknown;

class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  /** Calls every listener of `event`; returns their results. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => (listener as (...a: unknown[]) => unknown)(...args));
  }
}

let nextRoutingId = 1;

export class FakeWebFrameMain {
  readonly routingId = nextRoutingId++;
  constructor(
    public url: string,
    public readonly parent: FakeWebFrameMain | null = null,
    public readonly processId = 7,
  ) {}
}

export class FakeWebContents extends FakeEmitter {
  readonly mainFrame = new FakeWebFrameMain('about:blank');
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  getURL(): string {
    return this.mainFrame.url;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  destroyed = false;
  constructor(public readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    this.webContents.mainFrame.url = url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  maximize = vi.fn();
  /** What getNormalBounds/isMaximized report (a test moves the window by changing these). */
  normalBounds = { x: 0, y: 0, width: 1400, height: 900 };
  maximized = false;
  isMinimized(): boolean {
    return false;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return null;
  }
}

export type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, IpcHandler>(),
  handle(channel: string, handler: IpcHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

export const ipcRenderer = {
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
  on: vi.fn(),
  removeListener: vi.fn(),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  },
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
};

/** Displays' work areas; one 1920x1080 screen unless a test changes it. */
export const screen = {
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }],
  getAllDisplays() {
    return this.workAreas.map((workArea) => ({ workArea }));
  },
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const dialog = {
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
};

/** Marks fake ciphertext, so a test can tell it from anything else in a file. */
export const fakeCipherPrefix = 'FAKE-OS-CIPHER:';

/**
 * safeStorage: a reversible stand-in for DPAPI / Keychain / libsecret. Its ciphertext
 * is a prefix plus the UTF-8 bytes XOR 0x5a — never the plain text — so a test can prove
 * a file holds no secret. `available` and `backend` are switchable per test.
 */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown',
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  getSelectedStorageBackend() {
    return this.backend;
  },
  encryptString(plainText: string): Buffer {
    if (!this.available) throw new Error('Encryption is not available.');
    return Buffer.concat([Buffer.from(fakeCipherPrefix), Buffer.from(plainText, 'utf8').map((b) => b ^ 0x5a)]);
  },
  decryptString(encrypted: Buffer): string {
    const prefix = Buffer.from(fakeCipherPrefix);
    if (!encrypted.subarray(0, prefix.length).equals(prefix)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return Buffer.from(encrypted.subarray(prefix.length).map((b) => b ^ 0x5a)).toString('utf8');
  },
};

class FakeApp extends FakeEmitter {
  isPackaged = false;
  ready = Promise.resolve();
  whenReady = vi.fn(() => this.ready);
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  exit = vi.fn();
  getVersion = vi.fn(() => '0.1.0');
  /** Folders app.getPath answers with (tests point them at temporary folders). */
  paths: Record<string, string> = { logs: '/nonexistent/poolsleuth-test/logs', userData: '/nonexistent/poolsleuth-test/userData' };
  getPath = vi.fn((name: string) => {
    const path = this.paths[name];
    if (!path) throw new Error(`fake app.getPath: no path for '${name}'`);
    return path;
  });
  addRecentDocument = vi.fn();
  setJumpList = vi.fn(() => 'ok');
}

export const app = new FakeApp();

export const BrowserWindow = FakeBrowserWindow;

/** Clears every recording; call in beforeEach. */
export function resetFakeElectron(): void {
  FakeBrowserWindow.instances = [];
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  protocol.handlers.clear();
  app.listeners.clear();
  app.isPackaged = false;
  app.paths = { logs: '/nonexistent/poolsleuth-test/logs', userData: '/nonexistent/poolsleuth-test/userData' };
  screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
  vi.clearAllMocks();
  app.whenReady.mockImplementation(() => app.ready);
  app.requestSingleInstanceLock.mockImplementation(() => true);
  app.getPath.mockImplementation((name: string) => {
    const path = app.paths[name];
    if (!path) throw new Error(`fake app.getPath: no path for '${name}'`);
    return path;
  });
  app.setJumpList.mockImplementation(() => 'ok');
  shell.openPath.mockImplementation(async () => '');
  dialog.showOpenDialog.mockImplementation(async () => ({ canceled: true, filePaths: [] }));
  dialog.showMessageBox.mockImplementation(async () => ({ response: 0, checkboxChecked: false }));
}
