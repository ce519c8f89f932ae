// What `investigate` opens in the core: a target (`session.connect` with the contract's
// TargetSpec) or a recorded log (`transcript.open`, the upload the app's "Open
// transcript" sends, from a file or standard input), plus the SSH rules the CLI applies
// around the core's questions (sshTargetOptions.ts).
import path from 'node:path';
import process from 'node:process';
import type { TargetSpec } from '../contract';
import { splitWindowsCommandLine } from '../debugger/windowsCommandLine';
import type { CoreService, CoreServiceOptions } from '../service/coreService';
import { requestCore } from '../service/apiDispatcher';
import { readRecordingFile, readRecordingStream, uploadRecording } from '../service/transcriptUpload';
import { UsageError, type InvestigateSource } from './investigateArguments';
import { parseSshDestination, sshEnvironmentOf, sshTargetOf } from './sshTargetOptions';

export interface PreparedSource {
  /** "demo target mydriver-x86", "recorded log kd.log", for the progress line. */
  what: string;
  /** The core's options this source needs (SSH: the CLI's host-key rules). */
  coreOptions: CoreServiceOptions;
  /** Through the core's request dispatcher, like every shell. */
  open(core: CoreService): Promise<void>;
}

/** Checks the source's command lines and builds what opening it needs; UsageError when they are empty. */
export function prepareSource(source: InvestigateSource, log: (line: string) => void): PreparedSource {
  switch (source.kind) {
    case 'transcript': {
      const fromStdin = source.file === '-';
      return {
        what: fromStdin ? 'the log on standard input' : `recorded log ${source.file}`,
        coreOptions: {},
        // The same chunked `transcript.open` upload as the app's Open transcript.
        open: async (core) => uploadRecording(core.handlers, fromStdin ? 'standard input' : path.basename(source.file), await readRecordingText(source.file)),
      };
    }
    case 'demo':
      return connecting(`demo target ${source.scenario}`, { kind: 'demo', scenario: source.scenario }, {});
    case 'debugger': {
      const argv = splitWindowsCommandLine(source.commandLine);
      if (argv.length === 0) throw new UsageError('--debugger: empty command line');
      return connecting(source.commandLine, { kind: 'local', argv }, {});
    }
    case 'ssh': {
      const remoteArgv = splitWindowsCommandLine(source.remoteDebugger);
      if (remoteArgv.length === 0) throw new UsageError('--remote-debugger: empty command line');
      const commandLine = {
        destination: parseSshDestination(source.destination)!,
        remoteArgv,
        identityFile: source.identity,
        knownHostsFile: source.knownHosts,
        acceptNewHostKey: source.acceptNewHostKey,
      };
      // The questions are the core's (prompt.request, answered on the terminal); the rules are the CLI's.
      const coreOptions: CoreServiceOptions = {
        sshEnvironment: (questions) =>
          sshEnvironmentOf(commandLine, { credentials: questions.credentials, promptHostKey: questions.hostKeyPrompt, log: (line) => log(`ssh: ${line}`) }),
      };
      return connecting(`${source.remoteDebugger} on ${source.destination}`, sshTargetOf(commandLine), coreOptions);
    }
  }
}

function connecting(what: string, target: TargetSpec, coreOptions: CoreServiceOptions): PreparedSource {
  return {
    what,
    coreOptions,
    open: async (core) => {
      await requestCore(core.handlers, 'session.connect', { target });
    },
  };
}

async function readRecordingText(file: string): Promise<string> {
  try {
    return file === '-' ? await readRecordingStream(process.stdin, 'standard input') : await readRecordingFile(file);
  } catch (err) {
    throw new Error(`Cannot read ${file === '-' ? 'standard input' : file}: ${(err as Error).message}`, { cause: err });
  }
}
