// `local.buildArgv` and `local.discover`: the renderer shows and runs exactly
// the argv the core's presets build, so preset rules exist once.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { ArgvBuildResult, FoundDebugger, LocalPreset } from '../contract';
import {
  discoverWindowsDebuggers,
  parseWindbgInstallLocations,
  windbgInstallLocationQuery,
} from '../debugger/localDebuggerDiscovery';
import { buildDebuggerArgv, prepareLocalDebugger, PresetError } from '../debugger/localDebuggerPresets';
import type { RequestHandlers } from './apiDispatcher';

type Handlers = Pick<RequestHandlers, 'local.buildArgv' | 'local.discover'>;

function failure(err: unknown, problem: 'invalid' | 'not-found'): ArgvBuildResult {
  if (err instanceof PresetError) return { valid: false, field: err.field, problem, message: err.message };
  throw err;
}

export async function buildPresetArgv(preset: LocalPreset, checkFiles: boolean, exists: (p: string) => boolean = existsSync): Promise<ArgvBuildResult> {
  let argv: string[];
  try {
    argv = buildDebuggerArgv(preset).argv;
  } catch (err) {
    return failure(err, 'invalid');
  }
  if (!checkFiles) return { valid: true, argv };
  try {
    return { valid: true, argv: (await prepareLocalDebugger(preset, exists)).argv };
  } catch (err) {
    return failure(err, 'not-found');
  }
}

function windbgLocations(): Promise<string[]> {
  const [exe, ...args] = windbgInstallLocationQuery;
  return new Promise((resolve) => {
    execFile(exe!, args, { timeout: 10_000, windowsHide: true }, (err, stdout) => resolve(err ? [] : parseWindbgInstallLocations(stdout)));
  });
}

export function createLocalDebuggerHandlers(platform: NodeJS.Platform = process.platform): Handlers {
  let discovered: Promise<FoundDebugger[]> | null = null;
  return {
    'local.buildArgv': async ({ preset, checkFiles }) => buildPresetArgv(preset, checkFiles),
    'local.discover': async () => {
      // kd.exe and cdb.exe exist only on Windows; elsewhere the list is empty (SSH or the demo).
      discovered ??=
        platform === 'win32'
          ? windbgLocations().then((locations) => discoverWindowsDebuggers({ env: process.env, exists: existsSync, windbgInstallLocations: locations }))
          : Promise.resolve([]);
      return { debuggers: await discovered };
    },
  };
}
