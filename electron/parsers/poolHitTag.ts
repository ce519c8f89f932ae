// Pool tag <-> 32-bit value. The kernel stores a tag as the 4 ASCII bytes in memory order,
// so as a little-endian DWORD "Leak" is 0x6b61654c — the value for `ed nt!PoolHitTag 0x6b61654c`.
// Tags shorter than 4 characters are padded with spaces ("Abc" is "Abc ").

/** "Leak" -> "0x6b61654c"; null when the tag is not 1–4 printable ASCII characters. */
export function poolTagToDword(tag: string): string | null {
  if (typeof tag !== 'string' || tag.length < 1 || tag.length > 4) return null;
  const padded = tag.padEnd(4, ' ');
  let value = 0;
  for (let i = 3; i >= 0; i--) {
    const c = padded.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return null;
    value = value * 256 + c;
  }
  return '0x' + value.toString(16).padStart(8, '0');
}

/** "0x6b61654c" -> "Leak" (trailing spaces trimmed); null when not a 32-bit hex value. */
export function dwordToPoolTag(dword: string | number): string | null {
  let v: number;
  if (typeof dword === 'number') v = dword;
  else {
    const s = dword.trim().toLowerCase().replace(/^0x/, '');
    if (!/^[0-9a-f]{1,8}$/.test(s)) return null;
    v = Number.parseInt(s, 16);
  }
  if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) return null;
  let out = '';
  for (let i = 0; i < 4; i++) {
    out += String.fromCharCode(v % 256);
    v = Math.floor(v / 256);
  }
  let end = out.length;
  while (end > 0 && (out[end - 1] === ' ' || out[end - 1] === '\0')) end--;
  return out.slice(0, end);
}

/** The full debugger command that arms PoolHitTag for a tag, or null for an unsafe tag. */
export function poolHitTagCommand(tag: string): string | null {
  const dword = poolTagToDword(tag);
  return dword === null ? null : `ed nt!PoolHitTag ${dword}`;
}
