// The editable fields of a local debugger preset (all text, as typed) and
// their conversion into the contract's LocalPreset. The rules (ports, KDNET
// key, COM port…) are the core's: `local.buildArgv` checks them and names the
// field to fix, so they exist once.
import { localPresetKinds, presetBaudRates, type LocalPreset, type LocalPresetKind } from '../../../electron/contract';

export interface PresetDraft {
  kind: LocalPresetKind;
  executable: string;
  symbolPath: string;
  sourcePath: string;
  dumpPath: string;
  kdnetPort: string;
  kdnetKey: string;
  kdnetTarget: string;
  comPort: string;
  baud: string;
  pipeName: string;
  pipeReconnect: boolean;
  server: string;
  serverPort: string;
  commandLine: string;
}

export const emptyPresetDraft: PresetDraft = {
  kind: 'dump',
  executable: 'kd.exe',
  symbolPath: '',
  sourcePath: '',
  dumpPath: '',
  kdnetPort: '50000',
  kdnetKey: '',
  kdnetTarget: '',
  comPort: 'COM1',
  baud: '115200',
  pipeName: '',
  pipeReconnect: true,
  server: '',
  serverPort: '5005',
  commandLine: '',
};

/** The baud rates the core accepts (the contract's rule), as the select shows them. */
export const baudRates: readonly string[] = presetBaudRates.map(String);

/** A number field as typed; anything but an integer becomes 0, which the core reports for that field. */
function integer(text: string): number {
  const n = Number(text.trim());
  return Number.isInteger(n) ? n : 0;
}

const optional = (text: string): string | undefined => (text.trim() ? text.trim() : undefined);

export function presetFromDraft(d: PresetDraft): LocalPreset {
  if (d.kind === 'custom') return { kind: 'custom', commandLine: d.commandLine };
  const common = { executable: d.executable.trim(), symbolPath: optional(d.symbolPath), sourcePath: optional(d.sourcePath) };
  switch (d.kind) {
    case 'dump':
      return { kind: 'dump', ...common, dumpPath: d.dumpPath.trim() };
    case 'kdnet':
      return { kind: 'kdnet', ...common, port: integer(d.kdnetPort), key: d.kdnetKey.trim(), target: optional(d.kdnetTarget) };
    case 'serial':
      return { kind: 'serial', ...common, comPort: d.comPort.trim(), baud: integer(d.baud) };
    case 'pipe':
      return { kind: 'pipe', ...common, pipeName: d.pipeName.trim(), reconnect: d.pipeReconnect };
    case 'local-kernel':
      return { kind: 'local-kernel', ...common };
    case 'remote-server':
      return { kind: 'remote-server', ...common, server: d.server.trim(), port: integer(d.serverPort) };
  }
}

export function draftFromPreset(p: LocalPreset): PresetDraft {
  const base = { ...emptyPresetDraft, kind: p.kind };
  if (p.kind === 'custom') return { ...base, commandLine: p.commandLine };
  const common = { ...base, executable: p.executable, symbolPath: p.symbolPath ?? '', sourcePath: p.sourcePath ?? '' };
  switch (p.kind) {
    case 'dump':
      return { ...common, dumpPath: p.dumpPath };
    case 'kdnet':
      return { ...common, kdnetPort: String(p.port), kdnetKey: p.key, kdnetTarget: p.target ?? '' };
    case 'serial':
      return { ...common, comPort: p.comPort, baud: String(p.baud) };
    case 'pipe':
      return { ...common, pipeName: p.pipeName, pipeReconnect: p.reconnect ?? true };
    case 'local-kernel':
      return common;
    case 'remote-server':
      return { ...common, server: p.server, serverPort: String(p.port) };
  }
}

const stringKeys = Object.keys(emptyPresetDraft).filter((k) => k !== 'kind' && k !== 'pipeReconnect') as Array<keyof PresetDraft>;

export function isPresetDraft(value: unknown): value is PresetDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    localPresetKinds.includes(v.kind as LocalPresetKind) &&
    typeof v.pipeReconnect === 'boolean' &&
    stringKeys.every((k) => typeof v[k] === 'string' && (v[k] as string).length <= 32767)
  );
}

/** A short name for the recent list: "Crash dump MEMORY.DMP", "KDNET :50000"… */
export function presetLabelParts(d: PresetDraft): { kind: LocalPresetKind; detail: string } {
  const base = (p: string) => p.split(/[\\/]/).pop() ?? p;
  switch (d.kind) {
    case 'dump':
      return { kind: d.kind, detail: base(d.dumpPath.trim()) };
    case 'kdnet':
      return { kind: d.kind, detail: `:${d.kdnetPort.trim()}` };
    case 'serial':
      return { kind: d.kind, detail: d.comPort.trim().toUpperCase() };
    case 'pipe':
      return { kind: d.kind, detail: d.pipeName.trim() };
    case 'remote-server':
      return { kind: d.kind, detail: `${d.server.trim()}:${d.serverPort.trim()}` };
    case 'custom':
      return { kind: d.kind, detail: d.commandLine.trim().slice(0, 60) };
    case 'local-kernel':
      return { kind: d.kind, detail: '' };
  }
}
