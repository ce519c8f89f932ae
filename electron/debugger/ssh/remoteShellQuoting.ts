// Quoting an argv for the shell that runs an SSH `exec` request on the remote
// host. Each function returns one command line that makes the shell start
// argv[0] with exactly argv[1..] — or throws when that cannot be guaranteed.
import { quoteWindowsArgument, quoteWindowsProgram } from '../windowsCommandLine';

export type RemoteShell = 'cmd' | 'powershell' | 'posix';

function rejectControlCharacters(argv: readonly string[]): void {
  if (argv.length === 0) throw new Error('The remote command line is empty.');
  for (const arg of argv) {
    // A newline ends the command in every shell; NUL cannot be transmitted.
    if (/[\x00-\x1f\x7f]/.test(arg)) throw new Error(`A remote argument contains a control character: ${JSON.stringify(arg)}`);
    if (arg.length === 0) throw new Error('A remote argument is empty (Windows PowerShell would drop it).');
  }
}

/** POSIX sh: every word in single quotes; a `'` becomes `'\''`. Nothing inside is special. */
export function quotePosixWord(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function quoteArgvForPosix(argv: readonly string[]): string {
  rejectControlCharacters(argv);
  return argv.map(quotePosixWord).join(' ');
}

// PowerShell treats the typographic single quotes as quote characters too.
const powerShellSingleQuotes = /['\u2018\u2019\u201a\u201b]/g;

/** PowerShell: a single-quoted string is literal; a quote character is doubled. */
export function quotePowerShellString(text: string): string {
  return `'${text.replace(powerShellSingleQuotes, (q) => q + q)}'`;
}

/**
 * PowerShell: `& 'program' 'arg' …` (call operator, every word single-quoted).
 * Windows PowerShell 5.1 re-joins native arguments without escaping embedded
 * double quotes, so such an argument cannot be passed reliably and is refused.
 */
export function quoteArgvForPowerShell(argv: readonly string[]): string {
  rejectControlCharacters(argv);
  for (const arg of argv) {
    if (arg.includes('"')) {
      throw new Error(
        `The argument ${arg} contains a double quote, which Windows PowerShell cannot pass to a program reliably. Make cmd.exe the SSH default shell or avoid the quote.`,
      );
    }
  }
  return ['&', ...argv.map(quotePowerShellString)].join(' ');
}

// cmd.exe metacharacters outside quotes. `%` and `!` expand even inside quotes.
const cmdSpecials = /[\^&|<>()%!"]/g;

/**
 * cmd.exe (run by sshd as `cmd.exe /c "<line>"`, whose outer quotes cmd strips):
 * the program path goes in real double quotes (protects spaces and `(x86)`);
 * each argument is first quoted for the program's own CRT parser, then every
 * cmd metacharacter — the CRT quotes included — is `^`-escaped, so cmd never
 * enters quote mode and passes the text through literally. A `%` escaped as
 * `^%` survives because cmd looks for a variable whose name ends in `^`.
 */
export function quoteArgvForCmd(argv: readonly string[]): string {
  rejectControlCharacters(argv);
  const [program, ...args] = argv;
  if (/[%!"]/.test(program!)) {
    throw new Error(`The program path ${program} contains % ! or ", which cmd.exe expands even inside quotes. Move the debugger to a plain folder.`);
  }
  const head = /[\s^&|<>()]/.test(program!) ? `"${program}"` : quoteWindowsProgram(program!);
  const tail = args.map((arg) => quoteWindowsArgument(arg).replace(cmdSpecials, (c) => `^${c}`));
  return [head, ...tail].join(' ');
}

export function quoteArgvForShell(shell: RemoteShell, argv: readonly string[]): string {
  switch (shell) {
    case 'cmd':
      return quoteArgvForCmd(argv);
    case 'powershell':
      return quoteArgvForPowerShell(argv);
    case 'posix':
      return quoteArgvForPosix(argv);
  }
}
