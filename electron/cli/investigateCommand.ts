// `poolsleuth investigate`: run a playbook against a target (demo kdsim, a kd/cdb
// command line, SSH) or over a recorded session log, print progress to stderr, the
// findings JSON to stdout with --json, and write --report FILE (.md/.html/.json).
// Exit 0 when the investigation finished, 1 when the target or a step failed, 2 on usage.
import { readFile, writeFile } from 'node:fs/promises';
import process from 'node:process';
import type { TransportEnvironment, TransportTarget } from '../debugger/targetTransportFactory';
import { splitWindowsCommandLine } from '../debugger/windowsCommandLine';
import { isSafeModuleName } from '../parsers';
import { openDebuggerTarget } from '../investigation/debuggerTarget';
import type { Investigation } from '../investigation/investigationEngine';
import type { InvestigationOptions } from '../investigation/investigationOptions';
import { openTranscriptRunner } from '../investigation/offline/transcriptTarget';
import { isPlaybookId, playbookIds } from '../investigation/playbookCatalog';
import { parsePoolTagFile } from '../investigation/poolTagFile';
import { createProgressFormatter } from '../investigation/progressText';
import { buildReport } from '../investigation/reports/investigationReport';
import { renderReport, reportFormatOf } from '../investigation/reports/reportFormats';
import { runInvestigation } from '../investigation/runInvestigation';
import type { EngineEnvironment, PlaybookId } from '../investigation/stepTypes';
import { parseSshDestination, sshEnvironmentOf, sshTargetOf } from './sshTargetOptions';
import { terminalCredentials, terminalHostKeyPrompt } from './terminalQuestions';
import { writeStderrLine, writeStdoutJson } from './terminalText';

const USAGE = `usage: poolsleuth investigate <source> [options]
sources (one):
  --transcript FILE                 offline: a WinDbg .logopen log, pasted console, or saved transcript
  --demo [SCENARIO]                 the built-in simulated kd (default mydriver-x86)
  --debugger "<command line>"       kd/cdb, e.g. --debugger "kd -z C:\\dumps\\MEMORY.DMP"
  --ssh user@host[:port] --remote-debugger "<command line>"
        [--identity FILE] [--known-hosts FILE] [--accept-new-host-key]
options:
  --playbook leak-at-unload|pool-growth|corruption   (default: chosen from the bug check)
  --driver NAME.sys      the driver to investigate (overrides the bug check)
  --report FILE          write a report; format from the extension: .md, .html, .json
  --json                 print the findings JSON on stdout
  --pooltag FILE         pooltag.txt for tag owners (pool-growth)
  --snapshots N          live targets: !poolused snapshots (default 2)
  --interval SECONDS     live targets: how long the target runs between snapshots (default 10)
  --hit-tag TAG          live targets: the tag for the PoolHitTag assistant (default: fastest-growing)
`;

class UsageError extends Error {}

type Source =
  | { kind: 'transcript'; file: string }
  | { kind: 'demo'; scenario: string }
  | { kind: 'debugger'; commandLine: string }
  | { kind: 'ssh'; destination: string; remoteDebugger: string | null; identity: string | null; knownHosts: string | null; acceptNewHostKey: boolean };

interface Parsed {
  source: Source;
  playbook: PlaybookId | null;
  driver: string | null;
  report: string | null;
  json: boolean;
  pooltag: string | null;
  snapshots: number | null;
  intervalSeconds: number | null;
  hitTag: string | null;
}

function parseArgs(args: string[]): Parsed {
  const sources: Source[] = [];
  const p: Omit<Parsed, 'source'> = { playbook: null, driver: null, report: null, json: false, pooltag: null, snapshots: null, intervalSeconds: null, hitTag: null };
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
        sources.push({ kind: 'ssh', destination: value(), remoteDebugger: null, identity: null, knownHosts: null, acceptNewHostKey: false });
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
    Object.assign(source, { remoteDebugger, ...ssh });
  } else if (remoteDebugger || ssh.identity || ssh.knownHosts || ssh.acceptNewHostKey) {
    throw new UsageError('--remote-debugger, --identity, --known-hosts and --accept-new-host-key go with --ssh');
  }
  return { source, ...p };
}

/** Progress and messages carry target text (owners, names): shown through the sanitiser. */
function log(text: string): void {
  writeStderrLine(text);
}

interface OpenedSource {
  env: EngineEnvironment;
  description: string;
  banner: Parameters<typeof buildReport>[2]['banner'];
  close(): Promise<void>;
}

async function openSource(source: Source): Promise<OpenedSource> {
  if (source.kind === 'transcript') {
    const opened = await openTranscriptRunner(source.file);
    for (const note of opened.notes) log(`note: ${note}`);
    return {
      env: { runner: opened.runner, target: { kind: opened.targetKind, offline: true } },
      description: `recorded log ${source.file}`,
      banner: opened.banner,
      close: async () => undefined,
    };
  }
  let target: TransportTarget;
  const environment: Partial<TransportEnvironment> = {};
  if (source.kind === 'ssh') {
    const remoteArgv = splitWindowsCommandLine(source.remoteDebugger!);
    if (remoteArgv.length === 0) throw new UsageError('--remote-debugger: empty command line');
    const commandLine = {
      destination: parseSshDestination(source.destination)!,
      remoteArgv,
      identityFile: source.identity,
      knownHostsFile: source.knownHosts,
      acceptNewHostKey: source.acceptNewHostKey,
    };
    target = sshTargetOf(commandLine);
    environment.ssh = () =>
      sshEnvironmentOf(commandLine, {
        credentials: terminalCredentials(),
        promptHostKey: terminalHostKeyPrompt,
        log: (line) => log(`ssh: ${line}`),
      });
  } else if (source.kind === 'demo') {
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(source.scenario)) throw new UsageError(`--demo: '${source.scenario}' is not a scenario name`);
    target = { kind: 'demo', scenario: source.scenario };
  } else {
    const argv = splitWindowsCommandLine(source.commandLine);
    if (argv.length === 0) throw new UsageError('--debugger: empty command line');
    target = { kind: 'local', argv };
  }
  const what = source.kind === 'demo' ? `demo target ${source.scenario}` : source.kind === 'ssh' ? `${source.remoteDebugger} on ${source.destination}` : source.commandLine;
  log(`Connecting to ${what} …`);
  const opened = await openDebuggerTarget(target, { environment });
  return {
    env: { runner: opened.session, tap: opened.tap, target: { kind: opened.targetKind, offline: false } },
    description: source.kind === 'demo' ? `demo target ${source.scenario} (kdsim)` : what,
    banner: opened.banner,
    close: () => opened.close(),
  };
}

async function investigationOptions(p: Parsed): Promise<Partial<InvestigationOptions>> {
  const options: Partial<InvestigationOptions> = { driver: p.driver, poolHitTag: p.hitTag };
  if (p.pooltag) options.poolTagFile = parsePoolTagFile(await readFile(p.pooltag, 'utf8'));
  if (p.snapshots !== null) options.snapshots = p.snapshots;
  if (p.intervalSeconds !== null) options.snapshotIntervalMs = p.intervalSeconds * 1000;
  return options;
}

export async function runInvestigateCommand(args: string[]): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(args);
  } catch (err) {
    if (err instanceof UsageError) {
      if (err.message) process.stderr.write(`poolsleuth investigate: ${err.message}\n`);
      process.stderr.write(USAGE);
      return err.message ? 2 : 0;
    }
    throw err;
  }
  let opened: OpenedSource;
  let options: Partial<InvestigationOptions>;
  try {
    options = await investigationOptions(parsed);
    opened = await openSource(parsed.source);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`poolsleuth investigate: ${err.message}\n${USAGE}`);
      return 2;
    }
    log(`poolsleuth investigate: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }

  const format = createProgressFormatter();
  let current: Investigation | null = null;
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts === 1 && current) {
      log('Cancelling (the debugger is interrupted; press Ctrl+C again to quit at once) …');
      current.cancel();
    } else {
      process.exit(130);
    }
  };
  process.on('SIGINT', onSigint);
  let investigation: Investigation;
  try {
    investigation = await runInvestigation({
      env: opened.env,
      playbook: parsed.playbook,
      options,
      facts: { banner: opened.banner ?? null },
      onEvent: (event) => {
        const line = format(event);
        if (line !== null) log(line);
      },
      onInvestigation: (i) => {
        current = i;
      },
    });
  } finally {
    process.off('SIGINT', onSigint);
    await opened.close().catch(() => undefined);
  }

  const report = buildReport(investigation, opened.env.target, { description: opened.description, banner: opened.banner });
  if (parsed.report) {
    await writeFile(parsed.report, renderReport(report, reportFormatOf(parsed.report)!), 'utf8');
    log(`Report written to ${parsed.report}`);
  }
  if (parsed.json) writeStdoutJson(renderReport(report, 'json'));
  if (investigation.status !== 'finished') {
    log(`poolsleuth investigate: ${investigation.failure ?? investigation.status}`);
    return 1;
  }
  return 0;
}
