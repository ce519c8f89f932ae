// Host names and IP addresses of the presets, checked without node:net (the contract is pure).
import { describe, expect, it } from 'vitest';
import { isHostName } from '../../../electron/contract/localPresetFieldRules';

describe('isHostName', () => {
  it('accepts host names, IPv4 and the IPv6 text forms', () => {
    for (const host of ['lab01', 'kd-host.example.com', '192.168.0.10', '::1', '::', 'fe80::1', '2001:db8:0:0:0:0:2:1', '2001:db8::2:1', '::ffff:192.0.2.128', '1:2:3:4:5:6:7::']) {
      expect(isHostName(host), host).toBe(true);
    }
  });

  it('refuses what would not be one argument-safe address', () => {
    for (const host of ['', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::1', '1.2.3.4::1', 'fe80::1%eth0', 'a b', 'host;.shell', '-leading', 'x'.repeat(254)]) {
      expect(isHostName(host), host).toBe(false);
    }
  });
});
