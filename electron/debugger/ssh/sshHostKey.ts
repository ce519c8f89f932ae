// Facts about a server host key given as its SSH wire-format blob.
import { createHash } from 'node:crypto';

/** OpenSSH's fingerprint format: "SHA256:" + base64 of the SHA-256 digest, without padding. */
export function sha256Fingerprint(keyBlob: Uint8Array): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

/** The key type is the first string of the blob ("ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"…). */
export function hostKeyType(keyBlob: Uint8Array): string {
  const buf = Buffer.from(keyBlob);
  if (buf.length < 4) throw new Error('Host key blob is too short.');
  const len = buf.readUInt32BE(0);
  if (len === 0 || len > 64 || 4 + len > buf.length) throw new Error('Host key blob has no valid key type.');
  const type = buf.subarray(4, 4 + len).toString('latin1');
  if (!/^[A-Za-z0-9@._-]+$/.test(type)) throw new Error('Host key blob has no valid key type.');
  return type;
}

export interface PresentedHostKey {
  host: string;
  port: number;
  keyType: string;
  /** Base64 of the blob, as written in known_hosts. */
  keyBase64: string;
  fingerprintSha256: string;
}

export function describeHostKey(host: string, port: number, keyBlob: Uint8Array): PresentedHostKey {
  return {
    host,
    port,
    keyType: hostKeyType(keyBlob),
    keyBase64: Buffer.from(keyBlob).toString('base64'),
    fingerprintSha256: sha256Fingerprint(keyBlob),
  };
}

/** "lab01" for port 22, "[lab01]:2222" otherwise — the name form used in known_hosts. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}
