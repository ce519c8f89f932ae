// `poolsleuth kdsim`: the simulated kd on this process's stdin/stdout.
//   --scenario NAME|FILE   built-in name or scenario JSON (default mydriver-x86)
//   --list                 one line per built-in scenario
//   --crlf                 \r\n line endings
//   --generate allocations=N,log=65536[,sites=20][,seed=1]   a large generated scenario
//   --fault exit-mid-output[=bytes] | hang[=commands] | slow[=ms-per-byte] | garbage[=seed]
//           | symbol-delay=ms | crlf | close-output[=commands] | eof-spin
//           | lose-early-break[=ms] | ignore-break | ignore-quit | reconnect-on-run[=ms] | flood[=commands]
//           | dbgprint-on-run[=lines]   (repeatable)
//   --encoding utf-8|cp1252|cp936|cp932|cp949|utf-16le   the code page kd writes and reads
//   --latency ms           delay before each command's output
//   --ctrl-c-byte          byte 0x03 on stdin acts as Ctrl+C
import { closeSync } from 'node:fs';
import process from 'node:process';
import { FAULT_KIND_NAMES, faultDefinition, isFaultKind } from './faultKinds';
import { kdsimEncodings } from './kdsimEncoding';
import { createKdsim, type KdsimOptions } from './kdsimRepl';
import { generateScenario, parseGenerateSpec } from './scenarioGenerator';
import { listScenarios, loadScenario, ScenarioError } from './scenarioLoader';
import type { FaultSpec, Scenario } from './scenarioSchema';

class UsageError extends Error {}

const USAGE =
  'usage: poolsleuth kdsim [--scenario NAME|FILE] [--list] [--crlf] [--generate allocations=N,log=65536[,sites=S][,seed=N]]\n' +
  '                        [--fault exit-mid-output[=bytes]|hang[=commands]|slow[=ms]|garbage[=seed]|symbol-delay=ms|crlf\n' +
  '                                 |close-output[=commands]|eof-spin|lose-early-break[=ms]|ignore-break|ignore-quit|reconnect-on-run[=ms]|flood[=commands]\n' +
  '                                 |dbgprint-on-run[=lines]]\n' +
  '                        [--latency ms] [--ctrl-c-byte] [--encoding utf-8|cp1252|cp936|cp932|cp949|utf-16le]\n';

function numberValue(text: string | undefined, what: string): number {
  const value = Number(text);
  if (text === undefined || text === '' || !Number.isFinite(value) || value < 0) {
    throw new UsageError(`${what} needs a non-negative number, got '${text ?? ''}'`);
  }
  return value;
}

export function parseFault(spec: string): FaultSpec {
  const [kind, value] = spec.split('=', 2) as [string, string | undefined];
  if (!isFaultKind(kind)) throw new UsageError(`unknown fault '${kind}'; valid faults: ${FAULT_KIND_NAMES.join(', ')}`);
  const { number, cliDefault } = faultDefinition(kind);
  if (number === undefined) return { kind } as FaultSpec;
  return { kind, [number]: value === undefined && cliDefault !== undefined ? cliDefault : numberValue(value, kind) } as FaultSpec;
}

interface CliOptions {
  scenario: string;
  list: boolean;
  generate: string | null;
  kdsim: KdsimOptions;
}

function parseArgs(args: string[]): CliOptions {
  const options: CliOptions = { scenario: 'mydriver-x86', list: false, generate: null, kdsim: { faults: [] } };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--scenario':
        options.scenario = value();
        break;
      case '--list':
        options.list = true;
        break;
      case '--crlf':
        options.kdsim.crlf = true;
        break;
      case '--generate':
        options.generate = value();
        break;
      case '--fault':
        options.kdsim.faults!.push(parseFault(value()));
        break;
      case '--latency':
        options.kdsim.latencyMs = numberValue(value(), '--latency');
        break;
      case '--ctrl-c-byte':
        options.kdsim.ctrlCByte = true;
        break;
      case '--encoding': {
        const encoding = value().toLowerCase();
        const known = kdsimEncodings.find((e) => e === encoding);
        if (!known) throw new UsageError(`--encoding: '${encoding}' is not one of ${kdsimEncodings.join(', ')}`);
        options.kdsim.encoding = known;
        break;
      }
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        options.list = false;
        throw new UsageError('');
      default:
        throw new UsageError(`unknown option '${arg}'`);
    }
  }
  return options;
}

/** Where commands and Ctrl+C come from: stdin and SIGINT, or (Electron utilityProcess, no stdin) a message port. */
export interface KdsimCliInput {
  input: NodeJS.ReadableStream;
  /** Calls `interrupt` on each Ctrl+C; returns the unsubscribe function. */
  onInterrupt(interrupt: () => void): () => void;
}

// A function, so importing this module does not open stdin.
const processInput = (): KdsimCliInput => ({
  input: process.stdin,
  onInterrupt: (interrupt) => {
    process.on('SIGINT', interrupt);
    return () => process.off('SIGINT', interrupt);
  },
});

export async function runKdsimCli(args: string[], io: KdsimCliInput = processInput()): Promise<number> {
  let options: CliOptions;
  let scenario: Scenario;
  try {
    options = parseArgs(args);
    if (options.list) {
      const entries = listScenarios();
      const width = Math.max(...entries.map((e) => e.name.length));
      for (const e of entries) process.stdout.write(`${e.name.padEnd(width)}  ${e.description}\n`);
      return 0;
    }
    scenario = options.generate !== null ? generateScenario(parseGenerateSpec(options.generate)) : loadScenario(options.scenario);
  } catch (err) {
    if (err instanceof UsageError) {
      if (err.message) process.stderr.write(`poolsleuth kdsim: ${err.message}\n${USAGE}`);
      return err.message ? 2 : 0;
    }
    if (err instanceof ScenarioError) {
      process.stderr.write(`poolsleuth kdsim: ${err.message}\n`);
      return 2;
    }
    throw err;
  }

  // close-output: the pipes themselves must close (process.stdout.end() keeps fd 1 open);
  // stderr too, or an SSH server would not send EOF for the channel.
  const closeOutput = (): void => {
    for (const fd of [1, 2]) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
  };
  const kd = createKdsim({ scenario, input: io.input, output: process.stdout, options: { ...options.kdsim, closeOutput } });
  const stopInterrupts = io.onInterrupt(() => kd.interrupt());
  try {
    const code = await kd.done;
    return code;
  } finally {
    stopInterrupts();
    // Stop reading so the process can exit even though the input is still open.
    const input = io.input as NodeJS.ReadableStream & { unref?: () => void; destroy?: () => void };
    input.pause();
    input.unref?.();
    if (typeof input.destroy === 'function') input.destroy();
  }
}
