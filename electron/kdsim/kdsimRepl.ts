// The kd read-eval-print loop over a pair of streams, as real kd behaves with redirected
// stdin: banner, prompt without newline, one command per line (never echoed), output,
// next prompt. It also owns the live target's run/break cycle and the input/timing
// faults (hang, latency, symbol delay); output faults live in KdOutput.
import iconv from 'iconv-lite';
import { commandWord, splitCommandLine } from './commandLine';
import { dispatchCommand } from './commandTable';
import type { CommandContext, CommandOutcome } from './commands/commandTypes';
import { delay, KdOutput, outputFaultsFrom, type OutputFaults, type OutputKind } from './faultInjection';
import { KdState } from './kdState';
import { iconvEncodingName, type KdsimEncoding } from './kdsimEncoding';
import { LiveTarget } from './liveTarget';
import { bannerPrologue, symbolLoadingSections } from './outputLayout/bannerText';
import { shortAnalysis } from './commands/analyzeCommand';
import { fatalSystemErrorBlock, int3Line } from './outputLayout/breakInText';
import type { FaultSpec, Scenario } from './scenarioSchema';

export interface KdsimOptions {
  /** Write \r\n line endings. */
  crlf?: boolean;
  /** Faults in addition to the scenario's own. */
  faults?: FaultSpec[];
  /** Delay before each command's output (simulates a remote round trip). */
  latencyMs?: number;
  /** Treat byte 0x03 on the input as Ctrl+C. */
  ctrlCByte?: boolean;
  /** The code page kd writes and reads (a CJK Windows: cp936, cp932); default UTF-8. */
  encoding?: KdsimEncoding;
  /** close-output fault: closes the real output (the CLI closes fd 1); default ends the stream. */
  closeOutput?: () => void;
}

export interface KdsimHandle {
  /** Ctrl+C / SIGINT: break into a running target or abort the running command. */
  interrupt(): void;
  /** Resolves with the exit code (0 after q or end of input, 1 after exit-mid-output). */
  done: Promise<number>;
  /** Stops reading input; the session ends at its next wait (also ends a hang). */
  close(): void;
}

export interface CreateKdsimArgs {
  scenario: Scenario;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  options?: KdsimOptions;
}

/** The pause before each dbgprint-on-run line: long enough that each arrives on its own. */
const DBGPRINT_PACE_MS = 20;

class KdsimSession {
  private readonly state: KdState;
  private readonly faults: OutputFaults;
  private readonly out: KdOutput;
  private readonly live: LiveTarget;
  private readonly lines: string[] = [];
  private inputEnded = false;
  private closed = false;
  private wake: (() => void) | null = null;
  private interruptPending = false;
  private commandsRun = 0;
  private exitCode: number | null = null;
  private readonly decoder: ReturnType<typeof iconv.getDecoder>;
  private spinning = false;
  private spinDone: Promise<void> | null = null;
  private partial = '';

  constructor(
    scenario: Scenario,
    private readonly input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
    private readonly options: KdsimOptions,
  ) {
    this.state = new KdState(scenario);
    this.faults = outputFaultsFrom([...scenario.faults, ...(options.faults ?? [])], options.crlf ?? false);
    const encoding = iconvEncodingName(options.encoding ?? 'utf-8');
    this.decoder = iconv.getDecoder(encoding);
    this.out = new KdOutput(
      output,
      this.faults,
      (code) => {
        this.exitCode = code;
        this.notify();
      },
      encoding,
    );
    this.live = new LiveTarget(this.state);
  }

  interrupt(): void {
    // ignore-break: a wrapper swallowed the Ctrl+C before it reached kd.
    if (this.faults.ignoreBreak) return;
    this.interruptPending = true;
    this.notify();
  }

  close(): void {
    this.closed = true;
    this.detachInput();
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private waitForEvent(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
    });
  }

  private readonly onData = (chunk: Buffer | string): void => {
    let text = typeof chunk === 'string' ? chunk : this.decoder.write(Buffer.from(chunk));
    const wantsCtrlC = this.options.ctrlCByte || this.state.scenario.target.ctrlCByte;
    if (wantsCtrlC && text.includes('\x03')) {
      text = text.replace(/\x03/g, '');
      this.interrupt();
    }
    this.partial += text;
    const parts = this.partial.split('\n');
    this.partial = parts.pop() ?? '';
    for (const part of parts) this.lines.push(part.replace(/\r$/, ''));
    if (parts.length > 0) this.notify();
  };

  private readonly onEnd = (): void => {
    const rest = this.partial + (this.decoder.end() ?? '');
    this.partial = '';
    if (rest.trim() !== '') this.lines.push(rest.replace(/\r$/, ''));
    this.inputEnded = true;
    if (this.faults.eofSpin) this.spinDone ??= this.spin();
    this.notify();
  };

  /**
   * eof-spin: what kd/cdb were reported to do with stdin at EOF — print without end
   * (and grow the host's non-paged pool). Said once on the output first, so a test sees it.
   */
  private async spin(): Promise<void> {
    if (this.spinning) return;
    this.spinning = true;
    await this.out.write('kdsim eof-spin: stdin reached end of file; printing without end\n', 'output');
    while (!this.closed && !this.out.terminated) {
      await this.out.write(this.state.prompt() + '\n', 'output');
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private attachInput(): void {
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.on('close', this.onEnd);
  }

  private detachInput(): void {
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    this.input.off('close', this.onEnd);
  }

  private finished(): boolean {
    return this.exitCode !== null || this.closed || this.spinning;
  }

  private write(text: string, kind: OutputKind = 'output'): Promise<void> {
    return this.out.write(text, kind);
  }

  async run(): Promise<number> {
    this.attachInput();
    try {
      await this.banner();
      let running = this.state.isLive() && this.state.scenario.live?.initialState === 'running';
      if (!running && !this.finished()) await this.write(this.state.prompt(), 'prompt');
      while (!this.finished()) {
        if (running) {
          await this.runTarget();
          running = false;
          continue;
        }
        const line = await this.nextLine();
        if (line === null) break;
        if (this.faults.hangAfterCommands !== null && this.commandsRun >= this.faults.hangAfterCommands) {
          await this.hang();
          break;
        }
        if (this.faults.closeOutputAfterCommands !== null && this.commandsRun >= this.faults.closeOutputAfterCommands) {
          // The debugger closes its output but lives on, deaf: only being ended stops it.
          this.out.terminated = true;
          (this.options.closeOutput ?? (() => this.output.end()))();
          await this.hang();
          break;
        }
        if (this.faults.floodAfterCommands === this.commandsRun) {
          this.commandsRun++;
          await this.flood();
          if (this.finished()) break;
          await this.write(this.state.prompt(), 'prompt');
          continue;
        }
        this.commandsRun++;
        const outcome = await this.executeLine(line);
        if (this.finished()) break;
        // ignore-quit: a debugger that does not end on `q`; only ending its process does.
        if (outcome === 'quit' && !this.faults.ignoreQuit) {
          this.exitCode = this.exitCode ?? 0;
          break;
        }
        if (outcome === 'go') {
          running = true;
          continue;
        }
        await this.write(this.state.prompt(), 'prompt');
      }
    } finally {
      this.detachInput();
    }
    // Spinning never ends by itself: only close() or the process being ended stops it.
    if (this.spinDone) await this.spinDone;
    return this.exitCode ?? 0;
  }

  /**
   * flood: the command prints without end (a `cdb -server` whose peer left printed 32,089
   * "Could not write to pipe" lines) until a Ctrl+C stops it. Numbered lines, so a test can
   * tell whether any were lost; written 64 at a time and paced by the pipe (drain).
   */
  private async flood(): Promise<void> {
    this.interruptPending = false;
    for (let line = 1; !this.interruptPending && !this.finished(); ) {
      let chunk = '';
      for (let i = 0; i < 64; i++, line++) chunk += `kdsim flood ${line}: Could not write to pipe, 0x800700e8\n`;
      await this.write(chunk);
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.interruptPending = false;
  }

  private async hang(): Promise<void> {
    // A hung debugger: no output, no prompt, deaf to input and Ctrl+C, until closed.
    while (!this.closed) await this.waitForEvent();
  }

  private async nextLine(): Promise<string | null> {
    while (true) {
      if (this.finished()) return null;
      const line = this.lines.shift();
      if (line !== undefined) return line;
      if (this.inputEnded) return null;
      this.interruptPending = false; // Ctrl+C at an idle prompt does nothing
      await this.waitForEvent();
    }
  }

  private async banner(): Promise<void> {
    const scenario = this.state.scenario;
    const bc = scenario.bugcheck;
    // Already stopped on the bug check when kd connects, unless it happens on a later run.
    const liveCrash = this.state.isLive() && bc !== undefined && scenario.live?.bugCheckOnRun === undefined;
    const fatal = liveCrash && bc ? fatalSystemErrorBlock(this.state.arch, bc.code, bc.args) : [];
    const override = scenario.symbols.bannerOverride;
    await this.write((override ?? bannerPrologue(scenario, fatal)).join('\n') + '\n', 'banner');
    await this.symbolLoading();
    if (scenario.target.kind === 'dump' && bc) {
      await this.write(shortAnalysis(this.state), 'banner');
    } else if (liveCrash) {
      const stop = this.live.breakLocation('bugcheck');
      await this.write(shortAnalysis(this.state) + `${stop.symbol}:\n${int3Line(this.state.arch, stop.address)}\n`, 'banner');
    } else if (this.state.isLive() && scenario.target.kind === 'live' && scenario.live?.initialState !== 'running') {
      await this.write(this.live.breakIn(false), 'banner');
    }
  }

  /** Symbol-loading progress (banner and .reload), honouring the symbol-delay fault. */
  async symbolLoading(): Promise<void> {
    for (const section of symbolLoadingSections(this.state.scenario)) {
      await this.write(section.title + '\n', 'banner');
      if (this.faults.symbolDelayMs > 0) await delay(this.faults.symbolDelayMs);
      if (section.dots.length > 0) await this.write(section.dots.join('\n') + '\n', 'banner');
    }
  }

  private async runTarget(): Promise<void> {
    if (this.faults.loseEarlyBreakMs !== null) {
      // lose-early-break: kd has not resumed the target yet; a Ctrl+C now is lost.
      this.interruptPending = false;
      await delay(this.faults.loseEarlyBreakMs);
      this.interruptPending = false;
      if (this.finished()) return;
    }
    // The target runs until a PoolHitTag hit or a break-in (Ctrl+C / SIGINT). A Ctrl+C
    // that arrived while the line with g was still being processed breaks in at once.
    const crash = this.interruptPending ? null : this.live.pendingBugCheck();
    if (crash !== null) {
      await new Promise((resolve) => setImmediate(resolve));
      this.interruptPending = false;
      await this.write(crash, 'output');
      await this.write(this.state.prompt(), 'prompt');
      return;
    }
    const hit = this.interruptPending ? null : this.live.pendingPoolHit();
    if (hit) {
      await new Promise((resolve) => setImmediate(resolve));
    } else {
      if (this.faults.reconnectOnRunMs !== null && !this.rebooted) await this.rebootAndReconnect(this.faults.reconnectOnRunMs);
      if (this.faults.dbgPrintLinesPerRun !== null) await this.dbgPrintWhileRunning(this.faults.dbgPrintLinesPerRun);
      while (!this.interruptPending && !this.finished()) await this.waitForEvent();
      if (this.finished()) return;
    }
    this.interruptPending = false;
    const text = hit ? this.live.poolHit(hit) : this.live.breakIn();
    await this.write(text, 'output');
    await this.write(this.state.prompt(), 'prompt');
  }

  private rebooted = false;

  /**
   * dbgprint-on-run: the running target's driver calls DbgPrint; kd prints each line as it
   * comes, with no command typed and no prompt (a broken-in target runs no driver code, so
   * only a run prints them). Paced, so they arrive apart; a break stops the rest.
   */
  private async dbgPrintWhileRunning(lines: number): Promise<void> {
    for (let n = 1; n <= lines && !this.interruptPending && !this.finished(); n++) {
      await delay(DBGPRINT_PACE_MS);
      if (this.interruptPending || this.finished()) return;
      await this.write(`MyDriver: IRP_MJ_DEVICE_CONTROL 0x222003 (DbgPrint ${n} of ${lines})\n`, 'output');
    }
  }

  /** reconnect-on-run: the running target reboots; KDNET waits, then kd prints a new banner. */
  private async rebootAndReconnect(ms: number): Promise<void> {
    this.rebooted = true;
    await delay(ms);
    if (this.finished()) return;
    await this.write('Shutdown occurred at (' + this.state.scenario.system.sessionTime + ')...unloading all symbol tables.\nWaiting to reconnect...\n', 'output');
    await delay(ms);
    if (this.finished()) return;
    const banner = bannerPrologue(this.state.scenario, []).filter((line) => !/^Microsoft \(R\)|^Copyright|^Using NET|^Opened/.test(line));
    await this.write(banner.join('\n') + '\n', 'output');
    await this.symbolLoading();
  }

  private async executeLine(line: string): Promise<CommandOutcome> {
    for (const command of splitCommandLine(line)) {
      if (this.options.latencyMs && this.options.latencyMs > 0) await delay(this.options.latencyMs);
      const { name, args } = commandWord(command);
      if (this.faults.loseEarlyBreakMs !== null) {
        // lose-early-break: kd has not started the command yet; a Ctrl+C now is lost and the command runs to its end.
        this.interruptPending = false;
        await delay(this.faults.loseEarlyBreakMs);
        this.interruptPending = false;
        if (this.finished()) return undefined;
      }
      let consumedInterrupt = false;
      const ctx: CommandContext = {
        state: this.state,
        name,
        args,
        text: command,
        promptLength: this.state.prompt().length,
        write: (text) => this.write(text, 'output'),
        writeEcho: (text) => this.write(text, 'echo'),
        interrupted: () => {
          if (this.interruptPending) consumedInterrupt = true;
          return this.interruptPending || this.finished();
        },
        yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
        symbolDelayMs: this.faults.symbolDelayMs,
        reloadSymbols: () => this.symbolLoading(),
      };
      const outcome = await dispatchCommand(ctx);
      // A Ctrl+C that stopped this command is used up; one that arrived during a short
      // command stays pending for what follows (a long command or a running target).
      if (consumedInterrupt) this.interruptPending = false;
      if (this.finished()) return undefined;
      if (outcome) return outcome;
    }
    return undefined;
  }
}

export function createKdsim({ scenario, input, output, options = {} }: CreateKdsimArgs): KdsimHandle {
  const session = new KdsimSession(scenario, input, output, options);
  const done = session.run();
  return {
    interrupt: () => session.interrupt(),
    close: () => session.close(),
    done,
  };
}
