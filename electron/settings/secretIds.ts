// The key a remembered secret is stored under names what it unlocks, never the
// secret itself: `password:user@host:port` for an SSH login, `passphrase:<key file>`
// for a private key. Inputs are checked and normalised here so that the same
// account or key file always maps to one entry (and the forget request finds it).
import path from 'node:path';

const hostPattern = /^[A-Za-z0-9.:\-[\]]{1,255}$/;
const userPattern = /^[A-Za-z0-9._@\\-]{1,128}$/;
// Control characters would let an id span lines or hide text in a file or a message.
const controlCharacters = /[\u0000-\u001f\u007f]/;

export interface SshAccount {
  host: string;
  port: number;
  user: string;
}

/** `password:user@host:port`; host names compare case-insensitively, IPv6 addresses are bracketed. */
export function passwordSecretId({ host, port, user }: SshAccount): string {
  if (!hostPattern.test(host)) throw new Error('Cannot remember a password for this host name.');
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('Cannot remember a password for this port.');
  if (!userPattern.test(user)) throw new Error('Cannot remember a password for this user name.');
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (!bare || /[[\]]/.test(bare)) throw new Error('Cannot remember a password for this host name.');
  const shown = bare.includes(':') ? `[${bare.toLowerCase()}]` : bare.toLowerCase();
  return `password:${user}@${shown}:${port}`;
}

/** `passphrase:<absolute, normalised key file path>` (`~` must already be expanded). */
export function passphraseSecretId(keyFile: string, resolve: (p: string) => string = path.resolve): string {
  if (!keyFile || keyFile.length > 4096 || controlCharacters.test(keyFile)) throw new Error('Cannot remember a passphrase for this key file path.');
  return `passphrase:${resolve(keyFile)}`;
}

const secretIdPattern = /^(password:[A-Za-z0-9._@\\-]{1,128}@[A-Za-z0-9.\-:[\]]{1,257}:\d{1,5}|passphrase:[^\u0000-\u001f\u007f]{1,4096})$/;

/** Whether a string has the shape of an id made above (checked again by the stores). */
export function isSecretId(id: string): boolean {
  return secretIdPattern.test(id);
}

/** What an id unlocks, for listing (the inverse of passwordSecretId / passphraseSecretId); null for a malformed id. */
export function describeSecretId(id: string): { kind: 'password'; user: string; host: string; port: number } | { kind: 'passphrase'; keyFile: string } | null {
  if (!isSecretId(id)) return null;
  if (id.startsWith('passphrase:')) return { kind: 'passphrase', keyFile: id.slice('passphrase:'.length) };
  const account = id.slice('password:'.length);
  // User names may hold '@'; the host never does: split at the last one.
  const at = account.lastIndexOf('@');
  const colon = account.lastIndexOf(':');
  if (at <= 0 || colon <= at) return null;
  const port = Number(account.slice(colon + 1));
  const host = account.slice(at + 1, colon).replace(/^\[(.*)\]$/, '$1');
  if (!Number.isInteger(port) || port < 1 || port > 65535 || !host) return null;
  return { kind: 'password', user: account.slice(0, at), host, port };
}
