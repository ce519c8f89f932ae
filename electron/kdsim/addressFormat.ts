// Hex parsing and the address widths kd prints: 8 digits on x86, 16 on x64, with the
// backtick between the halves where kd puts one (lm, k, ln, dd, !vm...).
export type Arch = 'x86' | 'x64';

/** Parses "0x9a3bf6ac", "9a3bf6ac" or "fffff880`0447d634" (kd's default radix is 16). */
export function parseHex(text: string): bigint {
  const clean = text.trim().replace(/`/g, '').replace(/^0x/i, '');
  if (!/^[0-9a-fA-F]+$/.test(clean)) throw new Error(`not a hex number: '${text}'`);
  return BigInt('0x' + clean);
}

export function tryParseHex(text: string): bigint | null {
  try {
    return parseHex(text);
  } catch {
    return null;
  }
}

export function hexDigits(value: bigint | number, width: number): string {
  const v = typeof value === 'number' ? BigInt(value) : value;
  return v.toString(16).padStart(width, '0');
}

export function pointerWidth(arch: Arch): number {
  return arch === 'x64' ? 16 : 8;
}

/** Plain pointer: "9a3bf6ac" / "fffff8800447d634". */
export function formatPointer(arch: Arch, value: bigint): string {
  return hexDigits(value, pointerWidth(arch));
}

/** Pointer with kd's backtick on x64: "fffff880`0447d634"; x86 stays "9a3bf6ac". */
export function formatPointerTick(arch: Arch, value: bigint): string {
  const digits = formatPointer(arch, value);
  return arch === 'x64' ? `${digits.slice(0, 8)}\`${digits.slice(8)}` : digits;
}

/** Sign-extended 64-bit form of an x86 address, as kd prints in some places. */
export function signExtend32(value: bigint): bigint {
  return value & 0x80000000n ? value | 0xffffffff00000000n : value;
}

/** Pool tag from its little-endian ULONG ('Leak' <-> 0x6b61654c). */
export function tagFromUlong(value: bigint): string {
  let text = '';
  for (let i = 0n; i < 4n; i++) {
    const byte = Number((value >> (8n * i)) & 0xffn);
    text += byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.';
  }
  return text;
}

export function ulongFromTag(tag: string): bigint {
  const padded = tag.padEnd(4, ' ');
  let value = 0n;
  for (let i = 0; i < 4; i++) value |= BigInt(padded.charCodeAt(i) & 0xff) << BigInt(8 * i);
  return value;
}
