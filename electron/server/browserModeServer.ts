// Browser mode: the same core service over HTTP (the built renderer) and a
// WebSocket carrying the contract's requests and events. 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { clientRequestSchema, type ServerMessage } from '../contract';
import { dispatchRequest } from '../service/apiDispatcher';
import type { CoreService } from '../service/coreService';
import { rendererContentSecurityPolicy } from '../service/rendererContentSecurityPolicy';
import { hostIsAllowed, originIsAllowed, requestHasToken, sessionCookieName } from './requestGuards';
import { resolveStaticPath, sendStaticFile } from './staticFiles';

export interface BrowserModeServerOptions {
  core: CoreService;
  /** Folder of the built renderer (index.html and assets). */
  staticRoot: string;
  port?: number;
  token?: string;
  /** Bytes of replies and events a connection may leave unread before it is closed (default 8 MB). */
  maxBufferedBytes?: number;
}

export interface BrowserModeServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const maxMessageBytes = 1024 * 1024;

/**
 * A page that stops reading (a hung tab, a script that floods requests) would make us
 * buffer every reply and event for it without end. Past the cap the connection is closed
 * with this code and a reason that says why; the close frame follows what is already
 * queued, and the socket is dropped if the page has not read it within the grace period.
 */
export const defaultMaxBufferedBytes = 8 * 1024 * 1024;
export const slowReaderCloseCode = 1008;
const slowReaderGraceMs = 10_000;

/** The renderer's one policy (shared with the Electron window) plus our own WebSocket. */
function contentSecurityPolicy(port: number): string {
  return rendererContentSecurityPolicy({ connectOrigins: [`ws://127.0.0.1:${port}`, `ws://localhost:${port}`] });
}

const missingRendererPage = `<!doctype html><meta charset="utf-8"><title>PoolSleuth</title>
<p>The user interface has not been built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds it) and reload.</p>`;

export async function startBrowserModeServer(options: BrowserModeServerOptions): Promise<BrowserModeServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticRoot = options.staticRoot;
  let port = 0;

  function refuse(res: ServerResponse, status: number, message: string): void {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(message + '\n');
  }

  function handleHttp(req: IncomingMessage, res: ServerResponse): void {
    if (!hostIsAllowed(req, port)) return refuse(res, 421, 'Unexpected Host header.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.');
    if (!requestHasToken(req, token)) {
      return refuse(res, 403, 'Missing or wrong token: open the URL that `poolsleuth serve` printed.');
    }
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy(port),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      // Lets the page's own asset requests through without putting the token in every URL.
      'Set-Cookie': `${sessionCookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
    };
    const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = resolveStaticPath(staticRoot, urlPath);
    if (file) return sendStaticFile(res, file, headers);
    if (urlPath === '/' || urlPath === '/index.html') {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(missingRendererPage);
      return;
    }
    refuse(res, 404, 'Not found.');
  }

  const httpServer = createServer(handleHttp);
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
  const clients = new Set<WebSocket>();

  httpServer.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const allowed = path === '/ws' && hostIsAllowed(req, port) && originIsAllowed(req, port) && requestHasToken(req, token);
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const maxBufferedBytes = options.maxBufferedBytes ?? defaultMaxBufferedBytes;
  const send = (ws: WebSocket, message: ServerMessage) => {
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > maxBufferedBytes) {
      const mb = (maxBufferedBytes / (1024 * 1024)).toFixed(1);
      ws.close(slowReaderCloseCode, `PoolSleuth: the page left over ${mb} MB of replies unread; reload to reconnect`);
      const drop = setTimeout(() => ws.terminate(), slowReaderGraceMs);
      drop.unref();
      ws.once('close', () => clearTimeout(drop));
      return;
    }
    ws.send(JSON.stringify(message));
  };

  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    ws.on('error', () => clients.delete(ws));
    ws.on('message', (data, isBinary) => {
      void handleMessage(ws, isBinary ? null : data.toString());
    });
  });

  async function handleMessage(ws: WebSocket, text: string | null): Promise<void> {
    if (ws.readyState !== ws.OPEN) return; // closing (e.g. over the reply cap): no more work for it
    let json: unknown;
    try {
      json = text === null ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const request = clientRequestSchema.safeParse(json);
    if (!request.success) {
      const id = typeof (json as { id?: unknown })?.id === 'number' ? (json as { id: number }).id : null;
      send(ws, { type: 'response', id, ok: false, error: { code: 'bad-message', message: 'Malformed request.' } });
      return;
    }
    const { id, method, params } = request.data;
    const outcome = await dispatchRequest(options.core.handlers, method, params);
    send(ws, outcome.ok ? { type: 'response', id, ok: true, result: outcome.result } : { type: 'response', id, ok: false, error: outcome.error });
  }

  const unsubscribe = options.core.onEvent((event, payload) => {
    for (const ws of clients) send(ws, { type: 'event', event, payload });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (httpServer.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    async close() {
      unsubscribe();
      for (const ws of clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
