// Which kd command lines an AI assistant may run through `run_command`. The line is
// parsed the way kd reads it — split at `;` into commands, each named by its first
// token — and every command must be one that only reads. Refused: what runs programs
// or loads code on the debugger host, writes files there, changes memory, registers or
// I/O ports of the target, ends or restarts the target or the session, runs commands
// we cannot see (scripts, loops, aliases), and — unless the server was started with
// --allow-resume — what lets the target run (g, p, t, …).
// Conservative on purpose: a `;` inside quotes or a bang command's arguments is still
// treated as a separator, so a hidden second command is refused rather than missed.

export interface GuardOptions {
  allowResume: boolean;
}

export type GuardVerdict = { allowed: true } | { allowed: false; command: string; reason: string };

interface Rule {
  /** Tested against one command, trimmed, as typed. */
  pattern: RegExp;
  reason: string;
}

const alwaysRefused: Rule[] = [
  { pattern: /^\.shell\b/i, reason: 'runs a program on the debugger host' },
  { pattern: /^\.create\b/i, reason: 'starts a process on the debugger host' },
  { pattern: /^\.attach\b/i, reason: 'attaches the debugger to another process' },
  { pattern: /^\.(?:kill|detach|abandon)\b/i, reason: 'ends or leaves the debugged target' },
  { pattern: /^\.restart\b/i, reason: 'restarts the target' },
  { pattern: /^\.reboot\b/i, reason: 'reboots the target computer' },
  { pattern: /^\.crash\b/i, reason: 'crashes the target computer on purpose' },
  { pattern: /^q[dq]?(?![a-z])/i, reason: 'quits the debugger (use the disconnect tool)' },
  { pattern: /^e/i, reason: 'writes target memory (the e* commands: eb, ed, ew, ea, eu, …)' },
  { pattern: /^fp?(?![a-z])/i, reason: 'fills (writes) target memory' },
  { pattern: /^r[a-z]*\b.*=/i, reason: 'writes a register' },
  { pattern: /^o[bdw]?(?![a-z])/i, reason: 'writes an I/O port' },
  { pattern: /^(?:dx|\?\?)(?![a-z]).*(?:^|[^=!<>])=(?!=)/i, reason: 'assigns in an expression (it can write target memory)' },
  { pattern: /^wrmsr\b/i, reason: 'writes a model-specific register' },
  { pattern: /^\.(?:dump|writemem|logopen|logappend)\b/i, reason: 'writes a file on the debugger host' },
  { pattern: /^\.(?:load|loadby|unload|unloadall|extpath|scriptload|scriptrun)\b/i, reason: 'loads or runs code in the debugger' },
  { pattern: /^\$\$?>?a?</, reason: 'runs a script file whose commands cannot be checked' },
  { pattern: /^\.(?:if|elsif|else|for|foreach|while|do|block|catch|break|continue|leave)\b/i, reason: 'runs nested commands that cannot be checked' },
  { pattern: /^[jz](?![a-z])/i, reason: 'runs nested commands that cannot be checked' },
  { pattern: /^a[sS](?![a-z])|^\$\{/, reason: 'defines or expands an alias, which can hide another command' },
  { pattern: /^b[pumacde](?![a-z])/i, reason: 'sets or changes a breakpoint (it changes the target and can run commands)' },
];

const resuming: Rule = {
  pattern: /^(?:g[chnu]?|p(?:a|c|ct|h|t)?|t(?:a|b|c|ct|h|t)?|wt)(?![a-z])/i,
  reason: 'lets the target run (start the server with --allow-resume to permit it)',
};

/** The commands of one kd input line (split at every `;`), trimmed, empty ones dropped. */
export function splitKdCommands(line: string): string[] {
  return line
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

export function checkKdCommandLine(line: string, options: GuardOptions): GuardVerdict {
  if (/[\r\n\0]/.test(line)) return { allowed: false, command: line, reason: 'holds a line break or NUL: send one command line' };
  // Aliases expand anywhere in a line, not only at a command's start.
  if (/\$\{/.test(line)) return { allowed: false, command: line, reason: 'expands an alias, which can hide another command' };
  const commands = splitKdCommands(line);
  if (commands.length === 0) return { allowed: false, command: line, reason: 'is empty' };
  for (const command of commands) {
    const rules = options.allowResume ? alwaysRefused : [...alwaysRefused, resuming];
    const hit = rules.find((rule) => rule.pattern.test(command));
    if (hit) return { allowed: false, command, reason: hit.reason };
  }
  return { allowed: true };
}
