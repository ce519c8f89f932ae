// Decides whether to trust the host key a server presents, before any
// credential is sent: the user's OpenSSH known_hosts (read-only) and the app's
// own store are consulted; an unknown key is shown to the user, a changed key
// is refused.
import { checkKnownHosts, parseKnownHosts, type KnownHostLine } from './openSshKnownHosts';
import { describeHostKey, type PresentedHostKey } from './sshHostKey';
import { failureText, type FailureMessage } from '../../contract';

export type HostKeyDecision = 'accept-once' | 'accept-and-remember' | 'cancel';

export interface HostKeyPromptRequest {
  host: string;
  port: number;
  keyType: string;
  /** OpenSSH format: "SHA256:" + base64 without padding. */
  fingerprintSha256: string;
  /** Key types already known for this host (a different type was presented). */
  otherKnownKeyTypes: string[];
}

/** Asks the user (UI dialog) whether to trust an unknown host key. */
export type HostKeyPrompt = (request: HostKeyPromptRequest) => Promise<HostKeyDecision>;

// Declared with the file that keeps them (the contract); re-exported for the SSH code.
export type { AppKnownHostsStore, RememberedHostKey } from '../../contract/knownHostTypes';
import type { AppKnownHostsStore } from '../../contract/knownHostTypes';

export type HostKeyErrorKind = 'changed' | 'revoked' | 'cancelled';

/** A refused host key; `failure` is the message typed (contract/failureMessages.ts), its English the message. */
export class HostKeyError extends Error {
  constructor(
    readonly failure: FailureMessage,
    readonly kind: HostKeyErrorKind,
  ) {
    super(failureText(failure));
    this.name = 'HostKeyError';
  }
}

export interface HostKeyVerifierOptions {
  /** The user's OpenSSH files, e.g. ~/.ssh/known_hosts and known_hosts2. Missing files are fine. */
  openSshKnownHostsFiles: string[];
  readFile(file: string): Promise<string>;
  appStore: AppKnownHostsStore;
  prompt: HostKeyPrompt;
}

export interface HostKeyVerifier {
  /** Resolves when the key is trusted; rejects with HostKeyError otherwise. */
  verify(host: string, port: number, keyBlob: Uint8Array): Promise<PresentedHostKey>;
  /** Key types known for a host, so the client can ask the server for those first (as OpenSSH does). */
  knownKeyTypes(host: string, port: number): Promise<string[]>;
}

export function createHostKeyVerifier(options: HostKeyVerifierOptions): HostKeyVerifier {
  const loadEntries = async (): Promise<KnownHostLine[]> => {
    const entries: KnownHostLine[] = [];
    for (const file of options.openSshKnownHostsFiles) {
      let text: string;
      try {
        text = await options.readFile(file);
      } catch {
        continue; // no such file: nothing known from it
      }
      entries.push(...parseKnownHosts(text, file));
    }
    for (const k of options.appStore.list()) {
      entries.push({
        file: options.appStore.location,
        lineNumber: 0,
        marker: null,
        patterns: k.port === 22 ? k.host : `[${k.host}]:${k.port}`,
        keyType: k.keyType,
        keyBase64: k.keyBase64,
      });
    }
    return entries;
  };

  const where = (line: KnownHostLine) => (line.lineNumber > 0 ? `${line.file} (line ${line.lineNumber})` : line.file);

  return {
    async knownKeyTypes(host, port) {
      const verdict = checkKnownHosts(await loadEntries(), host, port, '', '');
      return verdict.status === 'unknown' ? verdict.otherKeyTypes : [];
    },

    async verify(host, port, keyBlob) {
      const key = describeHostKey(host, port, keyBlob);
      const verdict = checkKnownHosts(await loadEntries(), host, port, key.keyType, key.keyBase64);
      const target = `${host}:${port}`;
      const presented = { target, keyType: key.keyType, fingerprint: key.fingerprintSha256 };
      switch (verdict.status) {
        case 'match':
          return key;
        case 'revoked':
          throw new HostKeyError({ code: 'ssh-host-key-revoked', params: { ...presented, where: where(verdict.line) } }, 'revoked');
        case 'mismatch':
          throw new HostKeyError(
            verdict.line.lineNumber > 0
              ? { code: 'ssh-host-key-changed-openssh', params: { ...presented, where: where(verdict.line), command: `ssh-keygen -R ${port === 22 ? host : `"[${host}]:${port}"`}` } }
              : { code: 'ssh-host-key-changed-remembered', params: { ...presented, where: where(verdict.line) } },
            'changed',
          );
        case 'unknown': {
          const decision = await options.prompt({
            host,
            port,
            keyType: key.keyType,
            fingerprintSha256: key.fingerprintSha256,
            otherKnownKeyTypes: verdict.otherKeyTypes,
          });
          if (decision === 'accept-and-remember') {
            options.appStore.remember({ ...key, addedAt: new Date().toISOString() });
          } else if (decision !== 'accept-once') {
            throw new HostKeyError({ code: 'ssh-host-key-not-accepted', params: { target } }, 'cancelled');
          }
          return key;
        }
      }
    },
  };
}
