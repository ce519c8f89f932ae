// Browser-mode access checks. The server listens on 127.0.0.1 only, and still
// every request must prove it came from the page we served: the per-launch
// token (URL or the cookie set when the page was loaded), a Host header naming
// our own address (DNS rebinding), and for the WebSocket our own Origin — each
// header exactly once.
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

/**
 * How many times a header appears. Node keeps only the first of duplicate Host headers in
 * req.headers, so a request with two (one ours, one a rebinding attacker's) would be
 * judged by whichever came first; we count the raw headers instead.
 */
export function headerCount(req: IncomingMessage, name: string): number {
  let count = 0;
  for (let i = 0; i < req.rawHeaders.length; i += 2) if (req.rawHeaders[i]!.toLowerCase() === name) count++;
  return count;
}

export function hostIsAllowed(req: IncomingMessage, port: number): boolean {
  return headerCount(req, 'host') === 1 && allowedHosts(port).includes(req.headers.host ?? '');
}

export function originIsAllowed(req: IncomingMessage, port: number): boolean {
  if (headerCount(req, 'origin') !== 1) return false;
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
