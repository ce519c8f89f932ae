// Reads the user's OpenSSH known_hosts (never writes it). Supports plain and
// hashed (`|1|salt|hmac`) names, `[host]:port`, comma lists, `*`/`?`
// wildcards, `!` negation, and the @revoked marker (@cert-authority lines are
// skipped: certificates are not supported).
import { createHmac } from 'node:crypto';
import { knownHostsName } from './sshHostKey';

export interface KnownHostLine {
  file: string;
  lineNumber: number;
  marker: 'revoked' | null;
  patterns: string;
  keyType: string;
  keyBase64: string;
}

export function parseKnownHosts(text: string, file: string): KnownHostLine[] {
  const entries: KnownHostLine[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const fields = line.split(/\s+/);
    let marker: KnownHostLine['marker'] = null;
    if (fields[0]!.startsWith('@')) {
      const m = fields.shift()!;
      if (m === '@revoked') marker = 'revoked';
      else return; // @cert-authority and unknown markers
    }
    const [patterns, keyType, keyBase64] = fields;
    if (!patterns || !keyType || !keyBase64) return;
    entries.push({ file, lineNumber: index + 1, marker, patterns, keyType, keyBase64 });
  });
  return entries;
}

function wildcardToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

function hashedNameMatches(pattern: string, name: string): boolean {
  const parts = pattern.split('|');
  // "|1|salt|hash" splits into ['', '1', salt, hash]
  if (parts.length !== 4 || parts[1] !== '1') return false;
  const salt = Buffer.from(parts[2]!, 'base64');
  const expected = parts[3]!;
  return createHmac('sha1', salt).update(name).digest('base64') === expected;
}

/** Does a known_hosts host field match this host and port? */
export function hostFieldMatches(patterns: string, host: string, port: number): boolean {
  const name = knownHostsName(host, port);
  if (patterns.startsWith('|')) return hashedNameMatches(patterns, name);
  let matched = false;
  for (const pattern of patterns.split(',')) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    if (wildcardToRegExp(body).test(name)) {
      if (negated) return false;
      matched = true;
    }
  }
  return matched;
}

export type KnownHostsVerdict =
  | { status: 'match'; line: KnownHostLine }
  | { status: 'revoked'; line: KnownHostLine }
  | { status: 'mismatch'; line: KnownHostLine }
  | { status: 'unknown'; otherKeyTypes: string[] };

/**
 * Checks a presented key against entries: a revoked key is refused, an equal
 * key matches, a different key of the same type is a mismatch. Keys of other
 * types only are "unknown" (as OpenSSH does), but reported so callers can
 * prefer those types and mention them.
 */
export function checkKnownHosts(entries: readonly KnownHostLine[], host: string, port: number, keyType: string, keyBase64: string): KnownHostsVerdict {
  const forHost = entries.filter((e) => hostFieldMatches(e.patterns, host, port) || (e.marker === 'revoked' && e.keyBase64 === keyBase64));
  const revoked = forHost.find((e) => e.marker === 'revoked' && e.keyBase64 === keyBase64);
  if (revoked) return { status: 'revoked', line: revoked };
  const plain = forHost.filter((e) => e.marker === null);
  const match = plain.find((e) => e.keyType === keyType && e.keyBase64 === keyBase64);
  if (match) return { status: 'match', line: match };
  const sameType = plain.find((e) => e.keyType === keyType);
  if (sameType) return { status: 'mismatch', line: sameType };
  return { status: 'unknown', otherKeyTypes: [...new Set(plain.map((e) => e.keyType))] };
}
