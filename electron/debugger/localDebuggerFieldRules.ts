// Field rules for debugger connection settings. Everything here ends up as a
// debugger argument, so each field is checked against a strict pattern.
import { isIP } from 'node:net';
import { z } from 'zod';

export const tcpPortSchema = z.number().int().min(1, 'a port is 1–65535').max(65535, 'a port is 1–65535');

/** KDNET key: four dot-separated words of base-36 digits, e.g. 1a2b3c4d5e.x.y.z (bcdedit /dbgsettings). */
export const kdnetKeySchema = z
  .string()
  .regex(/^[0-9A-Za-z]{1,13}(?:\.[0-9A-Za-z]{1,13}){3}$/, 'a KDNET key looks like w.x.y.z, each part letters and digits (as printed by bcdedit /dbgsettings)');

export function isHostName(host: string): boolean {
  if (isIP(host) !== 0) return true;
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

/** Normalises a pipe name to the `\\.\pipe\name` form kd expects. */
export function fullPipePath(name: string): string {
  return name.startsWith('\\\\') ? name : `\\\\.\\pipe\\${name}`;
}

const noControlCharacters = (s: string) => !/[\x00-\x1f\x7f]/.test(s);

/** A file path or search path handed to the debugger as one argument. */
export const pathFieldSchema = z.string().min(1, 'must not be empty').max(4096).refine(noControlCharacters, 'contains a control character');
