// Address and hex-number normalisation shared by every parser.
// Contract: addresses are "0x" + lowercase hex digits as printed (same width), backticks removed.

const HEX_DIGITS = /^[0-9a-f]+$/;

/** "fffffa80`05400000" -> "0xfffffa8005400000"; "0x9A3BF6AC" -> "0x9a3bf6ac"; junk -> null. */
export function normalizeAddress(text: string | null | undefined): string | null {
  if (typeof text !== 'string') return null;
  let s = text.trim().toLowerCase();
  if (s.startsWith('0x')) s = s.slice(2);
  if (s.indexOf('`') !== -1) s = s.split('`').join('');
  if (s.length === 0 || s.length > 16 || !HEX_DIGITS.test(s)) return null;
  return '0x' + s;
}

/** True when the token is a bare or 0x-prefixed hex number, optionally with one backtick (x64 style). */
export function isHexToken(token: string, minDigits = 1): boolean {
  let s = token;
  if (s.length > 1 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) s = s.slice(2);
  let digits = 0;
  let ticks = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 96) {
      ticks++;
      if (ticks > 1) return false;
      continue;
    }
    const hex = (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
    if (!hex) return false;
    digits++;
  }
  return digits >= minDigits && digits <= 16;
}

/** True for a token that looks like a printed address: 8 or 16 hex digits (or 8`8), optional 0x. */
export function isAddressToken(token: string): boolean {
  if (!isHexToken(token, 8)) return false;
  const digits = token.replace(/^0[xX]/, '').split('`').join('').length;
  return digits === 8 || digits === 16 || (digits > 8 && digits < 16);
}

/** Parses a hex number ("0x1058", "00001058", "fb`000") into a JS number; null when not hex. */
export function parseHexNumber(text: string | null | undefined): number | null {
  const a = normalizeAddress(text);
  if (a === null) return null;
  const n = Number.parseInt(a.slice(2), 16);
  return Number.isFinite(n) ? n : null;
}

/** Same as parseHexNumber but exact for 64-bit values. */
export function parseHexBigInt(text: string | null | undefined): bigint | null {
  const a = normalizeAddress(text);
  if (a === null) return null;
  return BigInt(a);
}

/** "00000062" -> "0x62", "0" -> "0x0" (used for bug check code and arguments). */
export function minimalHex(text: string | null | undefined): string | null {
  const v = parseHexBigInt(text);
  return v === null ? null : '0x' + v.toString(16);
}

/** Numeric comparison of two printed addresses (ignores width and backticks). */
export function addressesEqual(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = parseHexBigInt(a);
  const y = parseHexBigInt(b);
  return x !== null && y !== null && x === y;
}

/** Parses a decimal number token ("1,234" allowed); null when not a number. */
export function parseDecimal(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null;
  const s = text.trim().split(',').join('');
  if (!/^-?\d{1,18}$/.test(s)) return null;
  return Number.parseInt(s, 10);
}
