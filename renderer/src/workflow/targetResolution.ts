// Turns the form into a TargetSpec with the core's help: the preset's argv
// comes from `local.buildArgv` (with the file checks for a local debugger),
// so what the preview shows is exactly what runs. Problems come back as
// translation keys plus the core's English detail.
import type { ArgvBuildResult, PoolSleuthBridge, TargetSpec } from '../../../electron/contract';
import { presetFromDraft } from './presetDraft';
import { sshFieldsFromDraft, type TargetDraft } from './targetDraft';

export interface TargetIssue {
  /** i18n key, e.g. "preset.problem.key". */
  key: string;
  params?: Record<string, string>;
  /** The core's own words, shown under the translated text. */
  detail?: string;
  /** The form field to focus. */
  field?: string;
}

const fieldsWithAdvice = new Set(['executable', 'dumpPath', 'port', 'key', 'target', 'comPort', 'baud', 'pipeName', 'server', 'commandLine', 'symbolPath', 'sourcePath']);

export function issueForArgv(result: Extract<ArgvBuildResult, { valid: false }>): TargetIssue {
  const field = result.field ?? undefined;
  if (result.problem === 'not-found' && (field === 'dumpPath' || field === 'executable' || field === 'commandLine')) {
    return { key: `preset.notFound.${field === 'commandLine' ? 'executable' : field}`, detail: result.message, field };
  }
  return { key: field && fieldsWithAdvice.has(field) ? `preset.problem.${field}` : 'preset.problem.generic', detail: result.message, field };
}

type Resolution = { ok: true; target: TargetSpec } | { ok: false; issue: TargetIssue };

async function argvFor(bridge: PoolSleuthBridge, draft: TargetDraft['local'], checkFiles: boolean): Promise<{ ok: true; argv: string[] } | { ok: false; issue: TargetIssue }> {
  const result = await bridge.invoke('local.buildArgv', { preset: presetFromDraft(draft), checkFiles });
  if (!result.valid) return { ok: false, issue: issueForArgv(result) };
  // The contract has no empty arguments: say so rather than shift the others.
  if (result.argv.includes('')) return { ok: false, issue: { key: 'target.problem.emptyArgument', field: 'commandLine' } };
  return { ok: true, argv: result.argv };
}

export async function resolveTarget(draft: TargetDraft, bridge: PoolSleuthBridge): Promise<Resolution> {
  switch (draft.kind) {
    case 'demo':
      return draft.scenario ? { ok: true, target: { kind: 'demo', scenario: draft.scenario } } : { ok: false, issue: { key: 'target.problem.noScenario' } };
    case 'local': {
      const built = await argvFor(bridge, draft.local, true);
      return built.ok ? { ok: true, target: { kind: 'local', argv: built.argv } } : built;
    }
    case 'ssh': {
      const ssh = sshFieldsFromDraft(draft);
      if (!ssh.ok) return { ok: false, issue: { key: `target.problem.${ssh.problem}` } };
      // Paths on the SSH host cannot be checked from here.
      const built = await argvFor(bridge, draft.remote, false);
      return built.ok ? { ok: true, target: { kind: 'ssh', ...ssh.fields, remoteArgv: built.argv } } : built;
    }
  }
}
