// Strict validators for anything read from debugger output (an untrusted dump) that is put
// back on a debugger command line. A dump can carry a module named "evil.sys;.shell calc":
// ";" separates kd commands, ".shell" runs a program, "$<" runs a script, quotes and "{}"
// start aliases and blocks. Only plain names, hex addresses and plain tags pass.
import { normalizeAddress } from './hexAddress';

const MODULE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;
const EXTENSION = /\.([A-Za-z0-9]+)$/;

/** "MyDriver.sys", "myfault", "ntkrnlmp.exe", "VerifierExt.dll"; rejects anything else. */
export function isSafeModuleName(name: unknown): name is string {
  if (typeof name !== 'string' || !MODULE_NAME.test(name)) return false;
  if (name.includes('..')) return false;
  const ext = EXTENSION.exec(name);
  if (ext === null) return /^[A-Za-z0-9_-]+$/.test(name);
  const base = name.slice(0, -ext[0].length);
  if (!/^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/.test(base)) return false;
  return ['sys', 'dll', 'exe'].includes((ext[1] as string).toLowerCase());
}

/** Hex only: "0x9a3bf6ac", "9a3bf6ac", "fffffa80`05400000" (one backtick between 8 and 8 digits). */
export function isSafeAddress(address: unknown): address is string {
  if (typeof address !== 'string') return false;
  return /^(0x)?[0-9a-fA-F]{1,16}$/.test(address) || /^(0x)?[0-9a-fA-F]{8}`[0-9a-fA-F]{8}$/.test(address);
}

/** The address in the form PoolSleuth puts on a command line ("0x…"), or null when unsafe. */
export function commandLineAddress(address: unknown): string | null {
  return isSafeAddress(address) ? normalizeAddress(address) : null;
}

/**
 * 1–4 printable ASCII characters; trailing spaces allowed ("Abc "), no leading or inner
 * spaces, no quotes, backslash, backtick, ";", "$", "{", "}", "|", "*" or "?".
 */
export function isSafePoolTag(tag: unknown): tag is string {
  if (typeof tag !== 'string' || tag.length < 1 || tag.length > 4) return false;
  let end = tag.length;
  while (end > 0 && tag[end - 1] === ' ') end--;
  const core = tag.slice(0, end);
  if (core.length === 0) return false;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c <= 0x20 || c > 0x7e) return false;
    if ('"\'`\\;${}|*?'.includes(core.charAt(i))) return false;
  }
  return true;
}

/** Like isSafePoolTag but also allows the "*" and "?" wildcards of !poolused / !poolfind. */
export function isSafePoolTagPattern(tag: unknown): tag is string {
  if (typeof tag !== 'string' || tag.length < 1 || tag.length > 4) return false;
  return isSafePoolTag(tag.replace(/[*?]/g, 'A'));
}
