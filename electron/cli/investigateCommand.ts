// `poolsleuth investigate`: run a playbook against a target (demo kdsim, a kd/cdb
// command line, SSH) or over a recorded session log, print progress to stderr, the
// findings JSON to stdout with --json, and write --report FILE (.md/.html/.json).
// Exit 0 when the investigation finished, 1 when the target or a step failed, 2 on usage.
//
// A client of the core, like the window and browser mode: it opens the source with
// `session.connect` / `transcript.open`, runs `investigation.start`, reads the report
// with `investigation.exportReport`, and answers the core's questions (`prompt.request`)
// on the terminal — all through the one request dispatcher (coreClient.ts).
import { readFile, writeFile } from 'node:fs/promises';
import process from 'node:process';
import type { EventName, EventPayload, InvestigationEvent, PromptRequest, RequestParams } from '../contract';
import { createProgressFormatter } from '../investigation/progressText';
import { reportFormatOf } from '../investigation/reports/reportFormats';
import { coreClient, CoreRequestError, type CoreCall } from './coreClient';
import { investigateUsage, parseInvestigateArguments, UsageError, type InvestigateArguments } from './investigateArguments';
import { prepareSource, type PreparedSource } from './investigateSource';
import { answerOnTerminal } from './terminalQuestions';
import { writeStderrLine, writeStdoutJson } from './terminalText';

/** Progress and messages carry target text (owners, names): shown through the sanitiser. */
function log(text: string): void {
  writeStderrLine(text);
}

function usageFailure(message: string): number {
  if (message) process.stderr.write(`poolsleuth investigate: ${message}\n`);
  process.stderr.write(investigateUsage);
  return message ? 2 : 0;
}

type Tuning = NonNullable<RequestParams<'investigation.start'>['tuning']>;

async function tuningOf(p: InvestigateArguments): Promise<Tuning> {
  const tuning: Tuning = {};
  if (p.pooltag) tuning.poolTagFile = await readFile(p.pooltag, 'utf8');
  if (p.snapshots !== null) tuning.snapshots = p.snapshots;
  if (p.intervalSeconds !== null) tuning.snapshotIntervalSeconds = p.intervalSeconds;
  if (p.hitTag !== null) tuning.poolHitTag = p.hitTag;
  return tuning;
}

/** The core's events as the CLI shows them: progress lines, console acknowledged unseen, questions on the terminal. */
function followCore(call: CoreCall, noInput: boolean) {
  const format = createProgressFormatter();
  let questions = Promise.resolve();
  const state = { finishedReason: null as string | null };
  const onEvent = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    if (event === 'investigation.event') {
      const e = payload as InvestigationEvent;
      const line = format(e);
      if (line !== null) log(line);
      if (e.type === 'investigation-finished') state.finishedReason = e.reason;
    } else if (event === 'console.output') {
      // The CLI shows progress, not the console; acknowledging keeps the core's outbox from holding it all.
      void call('console.ack', { chars: (payload as EventPayload<'console.output'>).data.length }).catch(() => undefined);
    } else if (event === 'prompt.request') {
      const request = payload as PromptRequest;
      // One question at a time on the terminal.
      questions = questions.then(async () => {
        const answer = await answerOnTerminal(request, { noInput });
        await call('prompt.answer', { promptId: request.promptId, answer }).catch(() => undefined);
      });
    }
  };
  return { onEvent, state };
}

export async function runInvestigateCommand(args: string[]): Promise<number> {
  let parsed: InvestigateArguments;
  let source: PreparedSource;
  try {
    parsed = parseInvestigateArguments(args);
    source = prepareSource(parsed.source, log);
  } catch (err) {
    if (err instanceof UsageError) return usageFailure(err.message);
    throw err;
  }
  let tuning: Tuning;
  try {
    tuning = await tuningOf(parsed);
  } catch (err) {
    log(`poolsleuth investigate: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }

  // Loaded once the arguments are good: a usage error does not pay for the whole core.
  const { createCoreService } = await import('../service/coreService');
  const core = createCoreService({ ...source.coreOptions, shell: 'cli' });
  const call = coreClient(core);
  const follow = followCore(call, parsed.noInput);
  const stopFollowing = core.onEvent(follow.onEvent);
  let investigating = false;
  let interrupts = 0;
  const onSigint = () => {
    interrupts++;
    if (interrupts === 1 && investigating) {
      log('Cancelling (the debugger is interrupted; press Ctrl+C again to quit at once) …');
      void call('investigation.cancel', {}).catch(() => undefined);
    } else {
      process.exit(130);
    }
  };
  process.on('SIGINT', onSigint);
  try {
    log(parsed.source.kind === 'transcript' ? `Opening ${source.what} …` : `Connecting to ${source.what} …`);
    try {
      await source.open(core);
    } catch (err) {
      // The request schemas refused what the arguments hold (a scenario name, an argv): a usage error.
      if (err instanceof CoreRequestError && err.code === 'invalid-params') return usageFailure(err.message);
      log(`poolsleuth investigate: ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    }
    investigating = true;
    const { status } = await call('investigation.start', { playbook: parsed.playbook, driver: parsed.driver, tuning });
    investigating = false;
    if (parsed.report) {
      const { content } = await call('investigation.exportReport', { format: reportFormatOf(parsed.report)! });
      await writeFile(parsed.report, content, 'utf8');
      log(`Report written to ${parsed.report}`);
    }
    if (parsed.json) writeStdoutJson((await call('investigation.exportReport', { format: 'json' })).content);
    if (status !== 'finished') {
      log(`poolsleuth investigate: ${follow.state.finishedReason ?? status}`);
      return 1;
    }
    return 0;
  } catch (err) {
    log(`poolsleuth investigate: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    process.off('SIGINT', onSigint);
    stopFollowing();
    await core.dispose().catch(() => undefined);
  }
}
