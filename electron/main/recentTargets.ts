// File → Open Recent (and the Windows jump list): the core's recent connections
// (profiles.list), each reconnected the way the page would — the preset's argv from
// local.buildArgv, then session.connect.
import type { ConnectionProfile, RequestResult, TargetSpec } from '../contract';
import type { RequestHandlers } from '../service/apiDispatcher';
import { requestCore } from './coreRequest';
import { fileNameOf } from './crashDumpOpener';

export interface RecentTarget {
  label: string;
  profile: ConnectionProfile;
}

export const recentMenuLimit = 8;
const labelLimit = 80;

function shorten(text: string): string {
  return text.length <= labelLimit ? text : `…${text.slice(-(labelLimit - 1))}`;
}

export function recentTargetLabel(profile: ConnectionProfile): string {
  switch (profile.kind) {
    case 'demo':
      return `Demo target: ${profile.scenario}`;
    case 'local':
      return profile.preset.kind === 'dump'
        ? shorten(`Crash dump: ${fileNameOf(profile.preset.dumpPath)} (${profile.preset.dumpPath})`)
        : shorten(`Local: ${profile.name}`);
    case 'ssh':
      return shorten(`SSH ${profile.user}@${profile.host}: ${profile.name}`);
  }
}

/** Menu labels treat '&' as a mnemonic marker on Windows and Linux: show it literally. */
export function menuLabelText(text: string): string {
  return text.replace(/&/g, '&&');
}

export function recentTargetsFrom(list: RequestResult<'profiles.list'>): RecentTarget[] {
  return list.recent.slice(0, recentMenuLimit).map(({ profile }) => ({ label: recentTargetLabel(profile), profile }));
}

async function argvFor(handlers: RequestHandlers, preset: Extract<ConnectionProfile, { kind: 'local' }>['preset'], checkFiles: boolean): Promise<string[]> {
  const built = await requestCore(handlers, 'local.buildArgv', { preset, checkFiles });
  if (!built.valid) throw new Error(built.message);
  return built.argv;
}

export async function targetForProfile(handlers: RequestHandlers, profile: ConnectionProfile): Promise<TargetSpec> {
  switch (profile.kind) {
    case 'demo':
      return { kind: 'demo', scenario: profile.scenario };
    case 'local':
      return { kind: 'local', argv: await argvFor(handlers, profile.preset, true), encoding: profile.encoding };
    case 'ssh':
      // The remote debugger's files are on the lab host: not checked here.
      return { kind: 'ssh', host: profile.host, port: profile.port, user: profile.user, auth: profile.auth, remoteArgv: await argvFor(handlers, profile.remote, false), encoding: profile.encoding };
  }
}

export async function connectRecentTarget(handlers: RequestHandlers, profile: ConnectionProfile): Promise<void> {
  await requestCore(handlers, 'session.connect', { target: await targetForProfile(handlers, profile) });
  await requestCore(handlers, 'profiles.recordRecent', { profile });
}
