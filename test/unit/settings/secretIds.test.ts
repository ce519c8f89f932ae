import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSecretId, passphraseSecretId, passwordSecretId } from '../../../electron/settings/secretIds';

describe('secret ids name what a secret unlocks', () => {
  it('password:user@host:port, with the host lower-cased and IPv6 bracketed', () => {
    expect(passwordSecretId({ user: 'DriverDev', host: 'Lab01.Corp.Example', port: 22 })).toBe('password:DriverDev@lab01.corp.example:22');
    expect(passwordSecretId({ user: 'dev', host: '::1', port: 2222 })).toBe('password:dev@[::1]:2222');
    expect(passwordSecretId({ user: 'dev', host: '[FE80::1]', port: 22 })).toBe('password:dev@[fe80::1]:22');
    expect(passwordSecretId({ user: 'CORP\\dev', host: '10.0.0.5', port: 22 })).toBe('password:CORP\\dev@10.0.0.5:22');
  });

  it('refuses what it cannot name safely', () => {
    expect(() => passwordSecretId({ user: 'dev', host: 'lab01;rm', port: 22 })).toThrow(/host/);
    expect(() => passwordSecretId({ user: 'dev', host: '[]', port: 22 })).toThrow(/host/);
    expect(() => passwordSecretId({ user: 'dev', host: 'lab01', port: 0 })).toThrow(/port/);
    expect(() => passwordSecretId({ user: 'dev', host: 'lab01', port: 22.5 })).toThrow(/port/);
    expect(() => passwordSecretId({ user: 'dev\nx', host: 'lab01', port: 22 })).toThrow(/user/);
    expect(() => passwordSecretId({ user: '', host: 'lab01', port: 22 })).toThrow(/user/);
  });

  it('passphrase:<absolute, normalised key file>', () => {
    expect(passphraseSecretId('/home/dev/.ssh/../.ssh/id_ed25519')).toBe('passphrase:/home/dev/.ssh/id_ed25519');
    expect(passphraseSecretId('keys/id_rsa')).toBe(`passphrase:${path.resolve('keys/id_rsa')}`);
    expect(passphraseSecretId('C:\\Users\\dev\\.ssh\\..\\.ssh\\id_ed25519', path.win32.resolve)).toBe('passphrase:C:\\Users\\dev\\.ssh\\id_ed25519');
    expect(() => passphraseSecretId('')).toThrow(/key file/);
    expect(() => passphraseSecretId('/k\u0000ey')).toThrow(/key file/);
    expect(() => passphraseSecretId('/k\ney')).toThrow(/key file/);
  });

  it('isSecretId accepts only ids shaped like those', () => {
    expect(isSecretId(passwordSecretId({ user: 'dev', host: '::1', port: 22 }))).toBe(true);
    expect(isSecretId(passphraseSecretId('/home/dev/.ssh/id'))).toBe(true);
    for (const bad of ['lab01', '__proto__', 'password:', 'password:dev@lab01', 'passphrase:', 'passphrase:/a\nb', 'token:x']) {
      expect(isSecretId(bad), bad).toBe(false);
    }
  });
});
