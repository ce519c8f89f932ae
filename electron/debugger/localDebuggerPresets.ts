// Presets that build a kd/cdb argv for the usual situations (crash dump, KDNET,
// serial/pipe, local kernel, debugging server) plus a free-form command line.
// The argv is spawned directly (no shell); on SSH it is quoted for the remote shell.
import path from 'node:path';
import { z } from 'zod';
import type { LocalPreset } from '../contract/connectionProfileTypes';
import { strictLocalPresetSchema } from '../contract/localPresetFieldRules';
import { splitWindowsCommandLine } from './windowsCommandLine';

// Checked with the contract's strict field rules: everything here ends up as a debugger argument.
type ParsedPreset = z.output<typeof strictLocalPresetSchema>;

/** Normalises a pipe name to the `\\.\pipe\name` form kd expects. */
function fullPipePath(name: string): string {
  return name.startsWith('\\\\') ? name : `\\\\.\\pipe\\${name}`;
}

export class PresetError extends Error {
  constructor(
    message: string,
    readonly field: string | null,
  ) {
    super(message);
    this.name = 'PresetError';
  }
}

function parsePreset(preset: LocalPreset): ParsedPreset {
  const parsed = strictLocalPresetSchema.safeParse(preset);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.map(String).join('.') || null;
  throw new PresetError(field ? `${field}: ${issue.message}` : issue.message, field);
}

/** `kd.exe` → `kd`; works for Windows paths on any OS. */
export function debuggerBaseName(executable: string): string {
  return path.win32.basename(executable).replace(/\.exe$/i, '').toLowerCase();
}

const kernelOnlyKinds = new Set(['kdnet', 'serial', 'pipe', 'local-kernel']);

/** The argv for a preset (no file-system checks; see `prepareLocalDebugger`). */
export function buildDebuggerArgv(preset: LocalPreset): { argv: string[] } {
  const p = parsePreset(preset);
  if (p.kind === 'custom') {
    const argv = splitWindowsCommandLine(p.commandLine);
    if (argv.length === 0 || argv[0] === '') throw new PresetError('The command line names no debugger.', 'commandLine');
    return { argv };
  }
  if (kernelOnlyKinds.has(p.kind) && debuggerBaseName(p.executable) === 'cdb') {
    throw new PresetError('cdb.exe debugs user-mode programs only; use kd.exe for a kernel connection.', 'executable');
  }
  const argv = [p.executable];
  if (p.symbolPath) argv.push('-y', p.symbolPath);
  if (p.sourcePath) argv.push('-srcpath', p.sourcePath);
  switch (p.kind) {
    case 'dump':
      argv.push('-z', p.dumpPath);
      break;
    case 'kdnet':
      argv.push('-k', `net:port=${p.port},key=${p.key}${p.target ? `,target=${p.target}` : ''}`);
      break;
    case 'serial':
      argv.push('-k', `com:port=${p.comPort.toUpperCase()},baud=${p.baud}`);
      break;
    case 'pipe':
      argv.push('-k', `com:pipe,port=${fullPipePath(p.pipeName)},resets=0${p.reconnect === false ? '' : ',reconnect'}`);
      break;
    case 'local-kernel':
      argv.push('-kl');
      break;
    case 'remote-server':
      argv.push('-remote', `tcp:server=${p.server},port=${p.port}`);
      break;
  }
  return { argv };
}

/** Answers whether a file exists (injected: real fs in the app, a fake in tests, SFTP/none over SSH). */
export type ExistsCheck = (filePath: string) => boolean | Promise<boolean>;

/**
 * Builds the argv and checks, before anything is started, that the debugger
 * and the dump exist — so the user gets "Dump not found: …" instead of a
 * debugger that starts and then fails.
 */
export async function prepareLocalDebugger(preset: LocalPreset, exists: ExistsCheck): Promise<{ argv: string[] }> {
  const { argv } = buildDebuggerArgv(preset);
  const executable = argv[0]!;
  const isBareName = !/[\\/]/.test(executable);
  if (!isBareName && !(await exists(executable))) {
    throw new PresetError(
      `Debugger not found: ${executable}. Install the Debugging Tools for Windows (Windows SDK) or WinDbg, or pick the demo target.`,
      preset.kind === 'custom' ? 'commandLine' : 'executable',
    );
  }
  if (preset.kind === 'dump' && !(await exists(preset.dumpPath))) {
    throw new PresetError(`Dump file not found: ${preset.dumpPath}`, 'dumpPath');
  }
  return { argv };
}

/** One-line description for the session state ("kd.exe -z MEMORY.DMP"). */
export function describePreset(preset: LocalPreset): string {
  const p = parsePreset(preset);
  if (p.kind === 'custom') return p.commandLine.slice(0, 120);
  const exe = path.win32.basename(p.executable);
  switch (p.kind) {
    case 'dump':
      return `${exe} crash dump ${path.win32.basename(p.dumpPath)}`;
    case 'kdnet':
      return `${exe} KDNET port ${p.port}`;
    case 'serial':
      return `${exe} serial ${p.comPort.toUpperCase()}`;
    case 'pipe':
      return `${exe} pipe ${p.pipeName}`;
    case 'local-kernel':
      return `${exe} local kernel`;
    case 'remote-server':
      return `${exe} debugging server ${p.server}:${p.port}`;
  }
}
