import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { buildContentSecurityPolicy, installContentSecurityPolicy } from '../../../electron/main/contentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources] as const;
    }),
  );
}

describe('content security policy', () => {
  const policy = buildContentSecurityPolicy();
  const parsed = directives(policy);

  it('allows scripts only from the app itself, never eval or inline', () => {
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(parsed.get('default-src')).toEqual(["'self'"]);
  });

  it('shuts objects, base URIs, framing and forms', () => {
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
    expect(parsed.get('form-action')).toEqual(["'none'"]);
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(["'self'", 'data:']);
    expect(parsed.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('relaxes only for the loopback dev server, and never to eval', () => {
    const dev = directives(buildContentSecurityPolicy({ devServerUrl: 'http://localhost:5173/' }));
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('script-src')).not.toContain("'unsafe-eval'");
    expect(dev.get('object-src')).toEqual(["'none'"]);
  });

  it('installs the header on every response, replacing any policy the response carried', () => {
    const onHeadersReceived = vi.fn();
    installContentSecurityPolicy({ webRequest: { onHeadersReceived } } as unknown as Session, policy);
    expect(onHeadersReceived).toHaveBeenCalledTimes(1);
    const listener = onHeadersReceived.mock.calls[0]![0] as (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'content-security-policy': ["default-src *"], 'X-Other': ['1'] } }, callback);
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([policy]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['1']);
  });
});
