// The strict field rules of the local debugger presets. Everything here ends up
// as a debugger argument, so each field is checked against a strict pattern. The
// core builds its argv from presets checked with these (debugger/localDebuggerPresets.ts)
// and the settings file keeps only presets that pass them. Pure: no Node imports.
import { z } from 'zod';
import { localPresetSchemaWith } from './connectionProfileTypes';

export const tcpPortSchema = z.number().int().min(1, 'a port is 1–65535').max(65535, 'a port is 1–65535');

/** KDNET key: four dot-separated words of base-36 digits, e.g. 1a2b3c4d5e.x.y.z (bcdedit /dbgsettings). */
export const kdnetKeySchema = z
  .string()
  .regex(/^[0-9A-Za-z]{1,13}(?:\.[0-9A-Za-z]{1,13}){3}$/, 'a KDNET key looks like w.x.y.z, each part letters and digits (as printed by bcdedit /dbgsettings)');

const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** IPv6 in its text forms: up to eight hex groups, one `::`, an IPv4 tail (no zone index). */
function isIpv6(host: string): boolean {
  const halves = host.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string): string[] | null => {
    if (half === '') return [];
    const parts = half.split(':');
    const last = parts[parts.length - 1]!;
    const tail = ipv4.test(last) ? 2 : 0;
    const hex = tail ? parts.slice(0, -1) : parts;
    if (!hex.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return null;
    return [...hex, ...Array<string>(tail).fill('0')];
  };
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if (head === null || rest === null) return false;
  // An IPv4 tail may only end the address.
  if (halves.length === 2 && ipv4.test(halves[0]!.split(':').pop() ?? '')) return false;
  const count = head.length + rest.length;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export function isHostName(host: string): boolean {
  if (ipv4.test(host) || isIpv6(host)) return true;
  if (host.length > 253) return false;
  return host.split('.').every((label) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label));
}

export const hostNameSchema = z.string().refine(isHostName, 'not a host name or IP address');

/** COM1…COM256. */
export const comPortSchema = z.string().regex(/^com(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-6])$/i, 'a serial port is COM1…COM256');

export const baudRates = [9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600] as const;
export const baudRateSchema = z.number().refine((b) => (baudRates as readonly number[]).includes(b), `baud rate is one of ${baudRates.join(', ')}`);

/**
 * A named pipe (VM serial port): a bare name, `\\.\pipe\name` or `\\host\pipe\name`.
 * Names are limited to a conservative character set.
 */
export const pipeNameSchema = z
  .string()
  .regex(/^(?:\\\\(?:\.|[A-Za-z0-9][A-Za-z0-9.-]{0,252})\\pipe\\)?[A-Za-z0-9_.-]{1,200}$/, 'a pipe name uses letters, digits, _ . - (optionally as \\\\.\\pipe\\name)');

const noControlCharacters = (s: string) => !/[\x00-\x1f\x7f]/.test(s);

/** A file path or search path handed to the debugger as one argument. */
export const pathFieldSchema = z.string().min(1, 'must not be empty').max(4096).refine(noControlCharacters, 'contains a control character');

/** The contract's preset shape over these rules: what the core builds an argv from and settings keep. */
export const strictLocalPresetSchema = localPresetSchemaWith({
  path: pathFieldSchema,
  tcpPort: tcpPortSchema,
  kdnetKey: kdnetKeySchema,
  hostName: hostNameSchema,
  comPort: comPortSchema,
  baud: baudRateSchema,
  pipeName: pipeNameSchema,
  commandLine: z.string().min(1).max(32767).refine(noControlCharacters, 'contains a control character'),
});
