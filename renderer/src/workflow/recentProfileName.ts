// The profile recorded in the recent list after a successful Connect, named
// by what it runs (language-neutral: "mydriver-x86", "kd -z MEMORY.DMP",
// "dev@lab01: kd -z MEMORY.DMP").
import type { ConnectionProfile, TargetSpec } from '../../../electron/contract';
import { profileFromDraft, type TargetDraft } from './targetDraft';

function commandSummary(argv: readonly string[]): string {
  const [program = '', ...args] = argv;
  const name = program.split(/[\\/]/).pop() ?? program;
  const shortArgs = args.map((a) => (/[\\/]/.test(a) ? (a.split(/[\\/]/).pop() ?? a) : a));
  return [name, ...shortArgs].join(' ');
}

export function recentProfileFor(draft: TargetDraft, target: TargetSpec): ConnectionProfile | null {
  const name =
    target.kind === 'demo'
      ? target.scenario
      : target.kind === 'local'
        ? commandSummary(target.argv)
        : `${target.user}@${target.host}: ${commandSummary(target.remoteArgv)}`;
  const profile = profileFromDraft(draft, `recent-${Date.now().toString(36)}`, name.slice(0, 120) || 'target');
  return 'problem' in profile ? null : profile;
}
