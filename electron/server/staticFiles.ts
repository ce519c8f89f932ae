// Serves the built renderer (out/renderer) without ever leaving its folder.
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeFor } from '../service/rendererContentTypes';

/** Resolves a URL path inside `root`, or null when it escapes it or is missing. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  try {
    return statSync(resolved).isFile() ? resolved : null;
  } catch {
    return null;
  }
}

export function sendStaticFile(res: ServerResponse, filePath: string, headers: Record<string, string>): void {
  const type = contentTypeFor(path.extname(filePath));
  res.writeHead(200, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' });
  createReadStream(filePath).pipe(res);
}
