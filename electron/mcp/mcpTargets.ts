// What `list_targets` offers and how `connect` turns a name into a target: the saved
// profiles and the demo scenarios through the core's own requests, and — only when
// the server was started with --allow-command-lines — a free debugger command line,
// split and checked by the core's preset rules like the app's "custom" preset.
import type { ConnectionProfile, LocalPreset, ScenarioInfo, TargetSpec } from '../contract';
import { requestCore, type RequestHandlers } from '../service/apiDispatcher';

export interface TargetList {
  profiles: { id: string; name: string; kind: ConnectionProfile['kind'] }[];
  scenarios: ScenarioInfo[];
}

export async function listTargets(handlers: RequestHandlers): Promise<TargetList> {
  const [{ profiles }, { scenarios }] = await Promise.all([requestCore(handlers, 'profiles.list', {}), requestCore(handlers, 'demo.listScenarios', {})]);
  return { profiles: profiles.map((p) => ({ id: p.id, name: p.name, kind: p.kind })), scenarios };
}

/** The argv the core's preset rules build (the same as the app's connect form), or the reason it cannot. */
async function argvOf(handlers: RequestHandlers, preset: LocalPreset, checkFiles: boolean): Promise<string[]> {
  const built = await requestCore(handlers, 'local.buildArgv', { preset, checkFiles });
  if (!built.valid) throw new Error(`The debugger command line cannot be used: ${built.message}`);
  return built.argv;
}

async function targetOfProfile(handlers: RequestHandlers, profile: ConnectionProfile): Promise<TargetSpec> {
  switch (profile.kind) {
    case 'demo':
      return { kind: 'demo', scenario: profile.scenario };
    case 'local':
      return { kind: 'local', argv: await argvOf(handlers, profile.preset, true) };
    case 'ssh':
      // The remote host's files cannot be checked from here.
      return { kind: 'ssh', host: profile.host, port: profile.port, user: profile.user, auth: profile.auth, remoteArgv: await argvOf(handlers, profile.remote, false) };
  }
}

export type ConnectRequest = { profile: string } | { scenario: string } | { commandLine: string };

export async function resolveTarget(handlers: RequestHandlers, request: ConnectRequest, allowCommandLines: boolean): Promise<{ target: TargetSpec; description: string }> {
  if ('scenario' in request) return { target: { kind: 'demo', scenario: request.scenario }, description: `demo scenario ${request.scenario}` };
  if ('commandLine' in request) {
    if (!allowCommandLines) {
      throw new Error('A free debugger command line is refused: this server was not started with --allow-command-lines. Connect to a saved profile or a demo scenario (list_targets).');
    }
    return { target: { kind: 'local', argv: await argvOf(handlers, { kind: 'custom', commandLine: request.commandLine }, false) }, description: 'the given command line' };
  }
  const { profiles } = await requestCore(handlers, 'profiles.list', {});
  const wanted = request.profile;
  const profile = profiles.find((p) => p.id === wanted) ?? profiles.find((p) => p.name.toLowerCase() === wanted.toLowerCase());
  if (!profile) throw new Error(`No saved profile is called '${wanted}'. list_targets shows the saved profiles and demo scenarios.`);
  return { target: await targetOfProfile(handlers, profile), description: `profile ${profile.name}` };
}
