// Browser-mode access checks. The server listens on 127.0.0.1 only, and still
// every request must prove it came from the page we served: the per-launch
// token (URL or the cookie set when the page was loaded), a Host header naming
// our own address (DNS rebinding), and for the WebSocket our own Origin.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const sessionCookieName = 'poolsleuth_token';

export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function hostIsAllowed(req: IncomingMessage, port: number): boolean {
  return allowedHosts(port).includes(req.headers.host ?? '');
}

export function originIsAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return typeof origin === 'string' && allowedHosts(port).some((host) => origin === `http://${host}`);
}

export function tokenFromRequest(req: IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const cookies = req.headers.cookie ?? '';
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === sessionCookieName) return value.join('=');
  }
  return null;
}

export function requestHasToken(req: IncomingMessage, token: string): boolean {
  const presented = tokenFromRequest(req);
  return presented !== null && tokensEqual(presented, token);
}
