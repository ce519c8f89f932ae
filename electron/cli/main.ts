// Entry point of the `poolsleuth` command. Each sub-command lives in its own
// module and is loaded on demand so `parse` does not pay for the server's imports.
import process from 'node:process';
import { writeStderrLine } from './terminalText';

type SubcommandRunner = (args: string[]) => Promise<number>;

const subcommands: Record<string, { summary: string; load: () => Promise<SubcommandRunner> }> = {
  parse: {
    summary: 'parse <kind> <file>...      parse debugger output into JSON (one line per file)',
    load: async () => (await import('./parseCommand')).runParseCommand,
  },
  kdsim: {
    summary: 'kdsim [--scenario NAME|FILE] [--list]   run the simulated kd on stdin/stdout',
    load: async () => (await import('../kdsim/kdsimCli')).runKdsimCli,
  },
  serve: {
    summary: 'serve [--port N] [--no-open] [--break-timeout SECONDS]   browser mode on 127.0.0.1',
    load: async () => (await import('./serveCommand')).runServeCommand,
  },
  investigate: {
    summary: 'investigate --demo [SCENARIO] | --debugger "<cmd>" | --ssh ... | --transcript FILE',
    load: async () => (await import('./investigateCommand')).runInvestigateCommand,
  },
  mcp: {
    summary: 'mcp [--allow-command-lines] [--allow-resume]   MCP server on stdio for AI assistants',
    load: async () => (await import('./mcpCommand')).runMcpCommand,
  },
};

function usage(): string {
  const lines = Object.values(subcommands).map((s) => `  poolsleuth ${s.summary}`);
  return ['usage:', ...lines].join('\n') + '\n';
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const entry = subcommands[name];
  if (!entry) {
    process.stderr.write(`poolsleuth: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  const run = await entry.load();
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    writeStderrLine(`poolsleuth: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
