// When is a command in a recorded log "the same" as the one a step would send?
// kd is case-insensitive and reads numbers as hex, so `!verifier 80 FFFFFA80`05400000`
// and `!verifier 0x80 0xfffffa8005400000` are one command; `lmvm x` is `lmv m x`.
import { normalizeAddress } from './hexAddress';

function token(t: string): string {
  const address = /^(0x)?[0-9a-f]+(`[0-9a-f]+)?$/i.test(t) ? normalizeAddress(t) : null;
  if (address !== null) return '0x' + (address.slice(2).replace(/^0+(?=.)/, ''));
  return t.toLowerCase();
}

export function commandKey(command: string): string {
  const tokens = command.trim().split(/\s+/).filter((t) => t.length > 0);
  if (tokens.length === 0) return '';
  const [head, ...rest] = tokens;
  // dS (UNICODE_STRING) and ds (STRING) differ only in case.
  const first = head === 'dS' ? 'dS' : head!.toLowerCase();
  if (first === 'lmvm') return ['lmv', 'm', ...rest.map(token)].join(' ');
  return [first, ...rest.map(token)].join(' ');
}
