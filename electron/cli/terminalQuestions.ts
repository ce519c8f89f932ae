// The CLI's answers to the core's questions (`prompt.request` events from the
// UserPromptBroker: an unknown host key, a password, a passphrase, keyboard-interactive
// prompts), asked on the terminal (stderr, so stdout stays the findings JSON). Under
// --no-input, or without a terminal (scripts, CI), a question is refused with the flag
// or setup that answers it instead. Answers are never remembered.
import process from 'node:process';
import type { PromptAnswer, PromptRequest } from '../contract';
import { writeStderr } from './terminalText';

/**
 * Reads one line from the terminal; with hidden=true the typed text is not echoed
 * (passwords). Resolves null on Ctrl+C.
 */
function askLine(question: string, hidden: boolean): Promise<string | null> {
  const stdin = process.stdin;
  // The question may come from the SSH server (keyboard-interactive prompts): shown sanitised.
  writeStderr(question);
  return new Promise((resolve) => {
    let answer = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const c of chunk) {
        if (c === '\r' || c === '\n' || c === '\u0003') {
          stdin.off('data', onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write('\n');
          resolve(c === '\u0003' ? null : answer);
          return;
        }
        if (c === '\u007f' || c === '\b') answer = answer.slice(0, -1);
        else {
          answer += c;
          if (!hidden) process.stderr.write(c);
        }
      }
    };
    stdin.on('data', onData);
  });
}

export interface TerminalQuestionPolicy {
  /** --no-input: never ask, even on a terminal. */
  noInput: boolean;
}

/** What answers each kind of question without a terminal. */
const answeredBy: Record<PromptRequest['kind'], string> = {
  'host-key': 'pass --accept-new-host-key to trust it for this run, or pin it with --known-hosts FILE',
  password: 'use --identity FILE or an ssh-agent (SSH_AUTH_SOCK) instead of a password',
  passphrase: 'load the key into an ssh-agent, or use a key without a passphrase with --identity FILE',
  'keyboard-interactive': 'use --identity FILE or an ssh-agent (SSH_AUTH_SOCK)',
};

function questionText(request: PromptRequest): string {
  switch (request.kind) {
    case 'host-key':
      return `The authenticity of host ${request.host}:${request.port} can't be established.\n${request.keyType} key fingerprint is ${request.fingerprintSha256}.\nTrust it for this run? (yes/no) `;
    case 'password':
      return `${request.user}@${request.host}'s password: `;
    case 'passphrase':
      return `Passphrase for ${request.keyFile}: `;
    case 'keyboard-interactive':
      return `${request.user}@${request.host}: ${[request.name, request.instructions].filter(Boolean).join(' — ') || 'the server asks'}\n`;
  }
}

const refusal: Record<PromptRequest['kind'], PromptAnswer> = {
  'host-key': { kind: 'host-key', decision: 'cancel' },
  password: { kind: 'secret', value: null, remember: false },
  passphrase: { kind: 'secret', value: null, remember: false },
  'keyboard-interactive': { kind: 'keyboard-interactive', responses: null },
};

/** The terminal's answer to one of the core's questions, or its refusal (saying which flag answers it). */
export async function answerOnTerminal(request: PromptRequest, policy: TerminalQuestionPolicy): Promise<PromptAnswer> {
  if (policy.noInput || !process.stdin.isTTY) {
    const why = policy.noInput ? 'not asked (--no-input)' : 'no terminal to answer on';
    writeStderr(`${questionText(request).trim()} — ${why}: ${answeredBy[request.kind]}.\n`);
    return refusal[request.kind];
  }
  switch (request.kind) {
    case 'host-key': {
      // OpenSSH's question; only "yes" trusts the key, and only for this run.
      const yes = (await askLine(questionText(request), false))?.trim().toLowerCase() === 'yes';
      return { kind: 'host-key', decision: yes ? 'accept-once' : 'cancel' };
    }
    case 'password':
    case 'passphrase':
      return { kind: 'secret', value: await askLine(questionText(request), true), remember: false };
    case 'keyboard-interactive': {
      writeStderr(questionText(request));
      const responses: string[] = [];
      for (const p of request.prompts) {
        const a = await askLine(p.prompt, !p.echo);
        if (a === null) return refusal[request.kind];
        responses.push(a);
      }
      return { kind: 'keyboard-interactive', responses };
    }
  }
}
