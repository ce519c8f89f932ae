import { describe, expect, it } from 'vitest';
import { capCommandOutput } from '../../../electron/mcp/commandOutputCap';
import { checkKdCommandLine, splitKdCommands } from '../../../electron/mcp/kdCommandGuard';

const strict = { allowResume: false };

function refusedFor(line: string, options = strict): string | null {
  const verdict = checkKdCommandLine(line, options);
  return verdict.allowed ? null : verdict.reason;
}

describe('run_command guard', () => {
  it('allows the read-only commands of the playbooks', () => {
    for (const line of ['!analyze -v', '!verifier 3 MyDriver.sys', '!verifier 0x80', 'ln 0x9a3bf6ac', 'lmvm MyDriver', 'kb', 'dd 9707712c L4', 'dS 9707712c', '!poolused 2', '!poolfind Leak 0', '!pool 0x8645a000', '!vm', '.echo hi', 'bl', 'r', 'rdmsr 0x176', 'vertarget', '.lines', '.reload /f', 'dx @$curprocess', 'dx 1 == 1', '?? sizeof(int) >= 4']) {
      expect(refusedFor(line), line).toBeNull();
    }
  });

  it('refuses host-side, target-changing and hidden commands, each with its reason', () => {
    const cases: [string, RegExp][] = [
      ['.shell dir', /runs a program on the debugger host/],
      ['  .SHELL -ci "!verifier" findstr x', /runs a program/],
      ['.create notepad.exe', /starts a process/],
      ['.attach 0x1234', /attaches/],
      ['.kill', /ends or leaves/],
      ['.restart', /restarts/],
      ['.reboot', /reboots/],
      ['.crash', /crashes/],
      ['ed nt!PoolHitTag 0x6b61654c', /writes target memory/],
      ['eb 9707712c 90', /writes target memory/],
      ['eza 9707712c "x"', /writes target memory/],
      ['f 9707712c L10 0', /fills/],
      ['fp 1000 L10 0', /fills/],
      ['r eax=1', /writes a register/],
      ['r @eip = 81703772', /writes a register/],
      ['ob 0x60 1', /I\/O port/],
      ['wrmsr 0x176 0', /model-specific register/],
      ['.dump /f C:\\x.dmp', /writes a file/],
      ['.load C:\\evil.dll', /loads or runs code/],
      ['$$>< C:\\script.txt', /script file/],
      ['$< C:\\script.txt', /script file/],
      ['.foreach (a {lm}) {.shell a}', /nested commands/],
      ['j 1 ".shell x"', /nested commands/],
      ['as x .shell', /alias/],
      ['lm; ${x}', /alias/],
      ['bp MyDriver!DriverEntry ".shell x"', /breakpoint/],
      ['q', /quits the debugger/],
      ['dx *(int*)0x9707712c = 5', /assigns in an expression/],
      ['?? x = 5', /assigns in an expression/],
    ];
    for (const [line, reason] of cases) expect(refusedFor(line), line).toMatch(reason);
  });

  it('checks every command of a ;-separated line, naming the refused one', () => {
    expect(splitKdCommands('lm ; .shell calc;;kb')).toEqual(['lm', '.shell calc', 'kb']);
    expect(checkKdCommandLine('lm; .shell calc', strict)).toEqual({ allowed: false, command: '.shell calc', reason: 'runs a program on the debugger host' });
    expect(refusedFor('!verifier 3; ed 9707712c 0')).toMatch(/writes target memory/);
    expect(refusedFor('one\n.shell')).toMatch(/line break/);
    expect(refusedFor(' ; ')).toMatch(/empty/);
  });

  it('refuses resuming the target unless --allow-resume', () => {
    for (const line of ['g', 'gh', 'gu', 'p', 'pt', 't', 'ta 0x1000', 'wt', 'lm; g']) {
      expect(refusedFor(line), line).toMatch(/--allow-resume/);
      expect(refusedFor(line, { allowResume: true }), line).toBeNull();
    }
    // Still refused with --allow-resume.
    expect(refusedFor('.reboot', { allowResume: true })).toMatch(/reboots/);
  });
});

describe('run_command output cap', () => {
  it('keeps short output whole', () => {
    expect(capCommandOutput('a\nb\n', 100)).toEqual({ text: 'a\nb\n', omittedChars: 0, omittedLines: 0 });
  });

  it('cuts at a line end and says how much was left out', () => {
    const output = Array.from({ length: 100 }, (_, i) => `line ${String(i).padStart(3, '0')}`).join('\n') + '\n';
    const capped = capCommandOutput(output, 100);
    expect(capped.text.startsWith('line 000\nline 001\n')).toBe(true);
    const kept = capped.text.slice(0, capped.text.indexOf('[output cut'));
    expect(kept.length + capped.omittedChars).toBe(output.length);
    expect(kept.endsWith('\n')).toBe(true);
    expect(capped.omittedLines).toBe(100 - kept.split('\n').length + 1);
    expect(capped.text).toContain(`[output cut: ${capped.omittedChars} of ${output.length} characters (${capped.omittedLines} lines) left out`);
  });

  it('counts the part of a spilled output that is not in memory as left out', () => {
    const head = 'line\n'.repeat(10);
    const short = capCommandOutput(head, 100, 5_000_000);
    expect(short.text.startsWith(head)).toBe(true);
    expect(short.omittedChars).toBe(5_000_000 - head.length);
    expect(short.text).toContain(`[output cut: ${5_000_000 - head.length} of 5000000 characters left out`);
    const cut = capCommandOutput(head, 20, 5_000_000);
    expect(cut.text.startsWith('line\nline\nline\nline\n[output cut')).toBe(true);
    expect(cut.omittedChars).toBe(5_000_000 - 20);
  });
});
