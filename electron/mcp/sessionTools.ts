// The session tools: list_targets, connect, status, run_command, break, disconnect.
// Each goes through the core's own requests (validated by the contract) except
// run_command, which runs on the core's session directly so the output comes back
// to the caller (the console shows it too, as for a playbook's commands).
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { SessionState } from '../contract';
import { requestCore } from '../service/apiDispatcher';
import { capCommandOutput } from './commandOutputCap';
import { checkKdCommandLine } from './kdCommandGuard';
import { resolveTarget, listTargets, type ConnectRequest } from './mcpTargets';
import type { McpShellState } from './mcpShellState';
import { connectInput, listTargetsOutput, runCommandInput, runCommandOutput, sessionOutput } from './mcpToolSchemas';
import { failure, success } from './toolResults';

function describeState(s: SessionState): string {
  const target = s.target ? ` — ${s.target.description}${s.target.bugCheck ? `, bug check ${s.target.bugCheck}` : ''}` : '';
  return `Session ${s.state}${s.reason ? ` (${s.reason})` : ''}${target}`;
}

async function sessionState(shell: McpShellState): Promise<SessionState> {
  return requestCore(shell.core.handlers, 'session.getState', {});
}

export function registerSessionTools(server: McpServer, shell: McpShellState): void {
  const { core } = shell;

  server.registerTool(
    'list_targets',
    {
      title: 'List targets',
      description: 'The saved connection profiles and the demo scenarios (a simulated kd) that connect accepts.',
      outputSchema: listTargetsOutput,
      annotations: { readOnlyHint: true },
    },
    async () => {
      const targets = await listTargets(core.handlers);
      const lines = [
        `${targets.profiles.length} saved profile(s): ${targets.profiles.map((p) => `${p.name} (${p.kind})`).join(', ') || 'none'}`,
        `${targets.scenarios.length} demo scenario(s): ${targets.scenarios.map((s) => s.name).join(', ')}`,
      ];
      return success(lines.join('\n'), { ...targets });
    },
  );

  server.registerTool(
    'connect',
    {
      title: 'Connect',
      description:
        'Opens a debugger session: a saved profile or a demo scenario by name (one of the two); a free kd/cdb command line only when the server was started with --allow-command-lines. Replaces the current session.',
      inputSchema: connectInput,
      outputSchema: sessionOutput,
    },
    async (args) => {
      const given = (['profile', 'scenario', 'commandLine'] as const).filter((k) => args[k] !== undefined);
      if (given.length !== 1) return failure('Give exactly one of profile, scenario or commandLine.');
      const request = { [given[0]!]: args[given[0]!] } as ConnectRequest;
      shell.refusedQuestion = null;
      try {
        const { target, description } = await resolveTarget(core.handlers, request, shell.allowCommandLines);
        await requestCore(core.handlers, 'session.connect', { target });
        const session = await sessionState(shell);
        return success(`Connected to ${description}. ${describeState(session)}`, { session });
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        return failure(shell.refusedQuestion ? `${shell.refusedQuestion}\n(${why})` : why);
      }
    },
  );

  server.registerTool(
    'status',
    {
      title: 'Status',
      description: 'The session state (idle, loading, ready, busy, running, …), the target and its bug check.',
      outputSchema: sessionOutput,
      annotations: { readOnlyHint: true },
    },
    async () => {
      const session = await sessionState(shell);
      return success(describeState(session), { session });
    },
  );

  server.registerTool(
    'run_command',
    {
      title: 'Run a kd command',
      description:
        'Runs one kd command line in the session and returns its output (capped, with a note of what was cut). ' +
        'Refused: .shell, .create, .attach, .kill, .restart, .reboot, .crash, memory/register/port writes (e*, f, r reg=, o*), scripts and loops, breakpoints, and resuming the target (g, p, t, …) unless the server runs with --allow-resume. Cancelling the call breaks into the debugger.',
      inputSchema: runCommandInput,
      outputSchema: runCommandOutput,
    },
    async ({ command }, extra) => {
      const verdict = checkKdCommandLine(command, { allowResume: shell.allowResume });
      if (!verdict.allowed) return failure(`Refused: '${verdict.command}' ${verdict.reason}. Nothing was sent to the debugger.`);
      const session = core.session;
      if (!session) return failure('No debugger session: connect first (list_targets shows what to connect to).');
      let interrupted = false;
      const onAbort = () => {
        interrupted = true;
        requestCore(core.handlers, 'session.break', {}).catch(() => undefined);
      };
      extra.signal.addEventListener('abort', onAbort, { once: true });
      try {
        const result = await session.execute(command);
        // A spilled output: its start from memory, the rest counted as left out (never read back whole).
        const capped = result.spilled ? capCommandOutput(result.spilled.head, shell.outputCap, result.spilled.length) : capCommandOutput(result.output, shell.outputCap);
        // The reply has what it needs: the spilled copy goes now instead of at session close.
        result.spilled?.dispose();
        const structured = { command, output: capped.text, omittedChars: capped.omittedChars, durationMs: result.durationMs, interrupted };
        return success(capped.text || '(no output)', structured);
      } catch (err) {
        return failure(`${interrupted ? 'Interrupted: ' : ''}${err instanceof Error ? err.message : String(err)}`);
      } finally {
        extra.signal.removeEventListener('abort', onAbort);
      }
    },
  );

  server.registerTool(
    'break',
    {
      title: 'Break',
      description: 'Interrupts a long command or a running target (like Ctrl+Break in kd); the session stays usable.',
      outputSchema: sessionOutput,
    },
    async () => {
      await requestCore(core.handlers, 'session.break', {});
      const session = await sessionState(shell);
      return success(`Break sent. ${describeState(session)}`, { session });
    },
  );

  server.registerTool(
    'disconnect',
    {
      title: 'Disconnect',
      description: 'Ends the debugger session (a live target keeps running as it was; a dump is closed).',
      outputSchema: sessionOutput,
      annotations: { destructiveHint: false },
    },
    async () => {
      await requestCore(core.handlers, 'session.disconnect', {});
      const session = await sessionState(shell);
      return success(describeState(session), { session });
    },
  );
}
