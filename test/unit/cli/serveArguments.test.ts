import { describe, expect, it } from 'vitest';
import { parseServeArguments } from '../../../electron/cli/serveArguments';

describe('poolsleuth serve arguments', () => {
  it('defaults: any free port, opens a browser, the core’s own break timeout', () => {
    expect(parseServeArguments([])).toEqual({ port: 0, open: true, breakTimeoutMs: null });
  });

  it('reads --port, --no-open and --break-timeout in seconds', () => {
    expect(parseServeArguments(['--port', '8123', '--no-open', '--break-timeout', '2.5'])).toEqual({ port: 8123, open: false, breakTimeoutMs: 2500 });
    expect(parseServeArguments(['--break-timeout', '600'])).toMatchObject({ breakTimeoutMs: 600_000 });
  });

  it('refuses a break timeout that is not a number of seconds from 1 to 600', () => {
    for (const bad of ['0', '0.5', '601', '-3', '3s', '', '1e3', 'NaN']) {
      expect(parseServeArguments([`--break-timeout=${bad}`]), bad).toEqual({ error: `--break-timeout must be a number of seconds from 1 to 600, not '${bad}'` });
    }
  });

  it('refuses a bad port and unknown options', () => {
    expect(parseServeArguments(['--port', '70000'])).toEqual({ error: "--port must be a number from 0 to 65535, not '70000'" });
    expect(parseServeArguments(['--port', '-1'])).toMatchObject({ error: expect.stringContaining('--port') });
    expect(parseServeArguments(['--break'])).toMatchObject({ error: expect.stringContaining("'--break'") });
  });
});
