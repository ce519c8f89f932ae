import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { createHostKeyVerifier, type AppKnownHostsStore, type RememberedHostKey } from '../../../electron/debugger/ssh/hostKeyVerifier';
import { orderHostKeyAlgorithms } from '../../../electron/debugger/ssh/hostKeyAlgorithms';
import { checkKnownHosts, hostFieldMatches, parseKnownHosts } from '../../../electron/debugger/ssh/openSshKnownHosts';
import { hostKeyType, sha256Fingerprint } from '../../../electron/debugger/ssh/sshHostKey';

function blob(type: string, body: string): Buffer {
  const t = Buffer.from(type);
  const b = Buffer.from(body);
  const out = Buffer.alloc(8 + t.length + b.length);
  out.writeUInt32BE(t.length, 0);
  t.copy(out, 4);
  out.writeUInt32BE(b.length, 4 + t.length);
  b.copy(out, 8 + t.length);
  return out;
}
const edKey = blob('ssh-ed25519', 'ed-key-one');
const edKey2 = blob('ssh-ed25519', 'ed-key-two');
const ecKey = blob('ecdsa-sha2-nistp256', 'ec-key');
const b64 = (b: Buffer) => b.toString('base64');
const hashed = (name: string) => {
  const salt = randomBytes(20);
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
};

describe('host key facts', () => {
  it('computes the OpenSSH SHA256 fingerprint (base64, no padding) and the key type', () => {
    expect(sha256Fingerprint(edKey)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(hostKeyType(ecKey)).toBe('ecdsa-sha2-nistp256');
    expect(() => hostKeyType(Buffer.from([0, 0, 0, 99]))).toThrow();
  });
});

describe('OpenSSH known_hosts', () => {
  it('matches plain, [host]:port, lists, wildcards, negation and hashed names', () => {
    expect(hostFieldMatches('lab01,10.0.0.5', 'lab01', 22)).toBe(true);
    expect(hostFieldMatches('lab01', 'lab01', 2222)).toBe(false);
    expect(hostFieldMatches('[lab01]:2222', 'lab01', 2222)).toBe(true);
    expect(hostFieldMatches('*.corp.example,!bad.corp.example', 'lab01.corp.example', 22)).toBe(true);
    expect(hostFieldMatches('*.corp.example,!bad.corp.example', 'bad.corp.example', 22)).toBe(false);
    expect(hostFieldMatches('lab0?', 'LAB07', 22)).toBe(true);
    expect(hostFieldMatches(hashed('lab01'), 'lab01', 22)).toBe(true);
    expect(hostFieldMatches(hashed('[lab01]:2222'), 'lab01', 2222)).toBe(true);
    expect(hostFieldMatches(hashed('lab01'), 'lab02', 22)).toBe(false);
  });

  it('classifies match, mismatch, other types, revoked; skips comments and @cert-authority', () => {
    const text = [
      '# comment',
      `${hashed('lab01')} ssh-ed25519 ${b64(edKey)}`,
      `lab02 ecdsa-sha2-nistp256 ${b64(ecKey)} comment here`,
      `@cert-authority *.corp ssh-ed25519 ${b64(edKey2)}`,
      `@revoked * ssh-ed25519 ${b64(edKey2)}`,
      'broken-line',
    ].join('\n');
    const entries = parseKnownHosts(text, '/home/u/.ssh/known_hosts');
    expect(entries).toHaveLength(3);
    expect(checkKnownHosts(entries, 'lab01', 22, 'ssh-ed25519', b64(edKey)).status).toBe('match');
    expect(checkKnownHosts(entries, 'lab01', 22, 'ssh-ed25519', b64(blob('ssh-ed25519', 'other')))).toMatchObject({ status: 'mismatch', line: { lineNumber: 2 } });
    expect(checkKnownHosts(entries, 'lab02', 22, 'ssh-ed25519', b64(blob('ssh-ed25519', 'x')))).toEqual({ status: 'unknown', otherKeyTypes: ['ecdsa-sha2-nistp256'] });
    expect(checkKnownHosts(entries, 'lab09', 22, 'ssh-ed25519', b64(edKey2)).status).toBe('revoked');
  });

  it('offers the known key types first', () => {
    expect(orderHostKeyAlgorithms(['ecdsa-sha2-nistp256'])[0]).toBe('ecdsa-sha2-nistp256');
    expect(orderHostKeyAlgorithms(['ssh-rsa']).slice(0, 3)).toEqual(['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa']);
    expect(orderHostKeyAlgorithms([])[0]).toBe('ssh-ed25519');
  });
});

describe('host key verifier', () => {
  const memoryStore = (): AppKnownHostsStore & { keys: RememberedHostKey[] } => {
    const keys: RememberedHostKey[] = [];
    return { location: '/cfg/known-hosts.json', keys, list: () => keys, remember: (k) => void keys.push(k) };
  };
  const files = { '/home/u/.ssh/known_hosts': `lab01 ssh-ed25519 ${b64(edKey)}\n` } as Record<string, string>;
  const readFile = async (f: string) => {
    if (!(f in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return files[f]!;
  };

  it('trusts a key in the user known_hosts without asking', async () => {
    const prompt = vi.fn();
    const v = createHostKeyVerifier({ openSshKnownHostsFiles: ['/home/u/.ssh/known_hosts', '/home/u/.ssh/known_hosts2'], readFile, appStore: memoryStore(), prompt });
    await expect(v.verify('lab01', 22, edKey)).resolves.toMatchObject({ keyType: 'ssh-ed25519' });
    expect(prompt).not.toHaveBeenCalled();
  });

  it('refuses a changed key with a clear message naming the file to fix', async () => {
    const v = createHostKeyVerifier({ openSshKnownHostsFiles: ['/home/u/.ssh/known_hosts'], readFile, appStore: memoryStore(), prompt: vi.fn() });
    const err = await v.verify('lab01', 22, edKey2).catch((e: Error) => e);
    expect(err).toMatchObject({ kind: 'changed' });
    expect((err as Error).message).toMatch(/the host key of lab01:22 CHANGED.*man-in-the-middle.*remove the old key from \/home\/u\/\.ssh\/known_hosts \(line 1\)/is);
  });

  it('asks about an unknown key; remembers it only when told to', async () => {
    const store = memoryStore();
    const prompt = vi.fn().mockResolvedValueOnce('accept-once').mockResolvedValueOnce('accept-and-remember').mockResolvedValueOnce('cancel');
    const v = createHostKeyVerifier({ openSshKnownHostsFiles: [], readFile, appStore: store, prompt });
    await v.verify('lab02', 2222, ecKey);
    expect(prompt).toHaveBeenLastCalledWith({ host: 'lab02', port: 2222, keyType: 'ecdsa-sha2-nistp256', fingerprintSha256: sha256Fingerprint(ecKey), otherKnownKeyTypes: [] });
    expect(store.keys).toHaveLength(0);
    await v.verify('lab02', 2222, ecKey);
    expect(store.keys).toHaveLength(1);
    await v.verify('lab02', 2222, ecKey); // now known: no prompt
    expect(prompt).toHaveBeenCalledTimes(2);
    await expect(v.verify('lab03', 22, ecKey)).rejects.toMatchObject({ kind: 'cancelled' });
    const mismatch = await v.verify('lab02', 2222, blob('ecdsa-sha2-nistp256', 'evil')).catch((e: Error) => e);
    expect((mismatch as Error).message).toMatch(/remove the old key from \/cfg\/known-hosts\.json \(a key PoolSleuth remembered/);
  });
});
