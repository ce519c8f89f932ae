// `poolsleuth investigate`'s command line: one source (a recorded log, the demo, a kd/cdb
// command line, SSH) and the options, checked here; the request schemas check again at
// the core's boundary.
import { isSafeModuleName } from '../parsers';
import { isPlaybookId, playbookIds } from '../investigation/playbookCatalog';
import { reportFormatOf } from '../investigation/reports/reportFormats';
import type { PlaybookId } from '../investigation/stepTypes';
import { parseSshDestination } from './sshTargetOptions';

export const investigateUsage = `usage: poolsleuth investigate <source> [options]
sources (one):
  --transcript FILE|-               offline: a WinDbg .logopen log, pasted console, or saved transcript (- reads standard input)
  --demo [SCENARIO]                 the built-in simulated kd (default mydriver-x86)
  --debugger "<command line>"       kd/cdb, e.g. --debugger "kd -z C:\\dumps\\MEMORY.DMP"
  --ssh user@host[:port] --remote-debugger "<command line>"
        [--identity FILE] [--known-hosts FILE] [--accept-new-host-key]
options:
  --playbook leak-at-unload|pool-growth|corruption   (default: chosen from the bug check)
  --driver NAME.sys      the driver to investigate (overrides the bug check)
  --report FILE          write a report; format from the extension: .md, .html, .json
  --json                 print the findings JSON on stdout
  --no-input             never ask on the terminal (host keys, passwords): the flags must answer
  --pooltag FILE         pooltag.txt for tag owners (pool-growth)
  --snapshots N          live targets: !poolused snapshots (default 2)
  --interval SECONDS     live targets: how long the target runs between snapshots (default 10)
  --hit-tag TAG          live targets: the tag for the PoolHitTag assistant (default: fastest-growing)
`;

/** Bad arguments: exit 2 with the usage. An empty message is --help (exit 0). */
export class UsageError extends Error {}

export interface SshSource {
  kind: 'ssh';
  destination: string;
  remoteDebugger: string;
  identity: string | null;
  knownHosts: string | null;
  acceptNewHostKey: boolean;
}

export type InvestigateSource =
  | { kind: 'transcript'; file: string }
  | { kind: 'demo'; scenario: string }
  | { kind: 'debugger'; commandLine: string }
  | SshSource;

export interface InvestigateArguments {
  source: InvestigateSource;
  playbook: PlaybookId | null;
  driver: string | null;
  report: string | null;
  json: boolean;
  /** --no-input: questions are refused with the flag that answers them. */
  noInput: boolean;
  pooltag: string | null;
  snapshots: number | null;
  intervalSeconds: number | null;
  hitTag: string | null;
}

export function parseInvestigateArguments(args: string[]): InvestigateArguments {
  const sources: InvestigateSource[] = [];
  const p: Omit<InvestigateArguments, 'source'> = {
    playbook: null,
    driver: null,
    report: null,
    json: false,
    noInput: false,
    pooltag: null,
    snapshots: null,
    intervalSeconds: null,
    hitTag: null,
  };
  let remoteDebugger: string | null = null;
  const ssh = { identity: null as string | null, knownHosts: null as string | null, acceptNewHostKey: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    const count = (min: number): number => {
      const n = Number(value());
      if (!Number.isFinite(n) || n < min) throw new UsageError(`${arg} needs a number ≥ ${min}`);
      return n;
    };
    switch (arg) {
      case '--transcript':
        sources.push({ kind: 'transcript', file: value() });
        break;
      case '--demo': {
        const next = args[i + 1];
        const scenario = next !== undefined && !next.startsWith('-') ? args[++i]! : 'mydriver-x86';
        sources.push({ kind: 'demo', scenario });
        break;
      }
      case '--debugger':
        sources.push({ kind: 'debugger', commandLine: value() });
        break;
      case '--ssh':
        sources.push({ kind: 'ssh', destination: value(), remoteDebugger: '', ...ssh });
        break;
      case '--remote-debugger':
        remoteDebugger = value();
        break;
      case '--identity':
        ssh.identity = value();
        break;
      case '--known-hosts':
        ssh.knownHosts = value();
        break;
      case '--accept-new-host-key':
        ssh.acceptNewHostKey = true;
        break;
      case '--playbook': {
        const v = value();
        if (!isPlaybookId(v)) throw new UsageError(`unknown playbook '${v}' (${playbookIds.join(', ')})`);
        p.playbook = v;
        break;
      }
      case '--driver': {
        const v = value();
        if (!isSafeModuleName(v)) throw new UsageError(`--driver: '${v}' is not a plain module name such as MyDriver.sys`);
        p.driver = v;
        break;
      }
      case '--report': {
        const v = value();
        if (!reportFormatOf(v)) throw new UsageError(`--report: use a .md, .html or .json file name (got '${v}')`);
        p.report = v;
        break;
      }
      case '--json':
        p.json = true;
        break;
      case '--no-input':
        p.noInput = true;
        break;
      case '--pooltag':
        p.pooltag = value();
        break;
      case '--snapshots':
        p.snapshots = Math.floor(count(2));
        break;
      case '--interval':
        p.intervalSeconds = count(0);
        break;
      case '--hit-tag':
        p.hitTag = value();
        break;
      case '--help':
      case '-h':
        throw new UsageError('');
      default:
        throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (sources.length !== 1) throw new UsageError(sources.length === 0 ? 'name a source: --transcript, --demo, --debugger or --ssh' : 'name only one source');
  const source = sources[0]!;
  if (source.kind === 'ssh') {
    if (!remoteDebugger) throw new UsageError('--ssh needs --remote-debugger "<command line>"');
    if (!parseSshDestination(source.destination)) throw new UsageError(`--ssh: '${source.destination}' is not user@host[:port]`);
    return { source: { ...source, remoteDebugger, ...ssh }, ...p };
  }
  if (remoteDebugger || ssh.identity || ssh.knownHosts || ssh.acceptNewHostKey) {
    throw new UsageError('--remote-debugger, --identity, --known-hosts and --accept-new-host-key go with --ssh');
  }
  return { source, ...p };
}
