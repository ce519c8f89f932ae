// The CLI's side of SSH's questions: passwords, passphrases, keyboard-interactive
// prompts and an unknown host key are asked on the terminal (stderr, so stdout stays
// the findings JSON). Without a terminal (scripts, CI) every question answers "no".
import process from 'node:process';
import type { CredentialProvider } from '../debugger/ssh/credentialProvider';
import type { HostKeyPrompt } from '../debugger/ssh/hostKeyVerifier';
import { writeStderr } from './terminalText';

/**
 * Reads one line from the terminal; with hidden=true the typed text is not echoed
 * (passwords). Resolves null when there is no terminal to ask, or on Ctrl+C.
 */
function askLine(question: string, hidden: boolean): Promise<string | null> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    writeStderr(`${question.trim()} — no terminal to answer on; use --identity / an ssh-agent and --accept-new-host-key or --known-hosts.\n`);
    return Promise.resolve(null);
  }
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

export function terminalCredentials(): CredentialProvider {
  return {
    askPassword: (r) => askLine(`${r.user}@${r.host}'s password: `, true),
    askPassphrase: (r) => askLine(`Passphrase for ${r.keyFile}: `, true),
    answerKeyboardInteractive: async (r) => {
      const answers: string[] = [];
      for (const p of r.prompts) {
        const a = await askLine(p.prompt, !p.echo);
        if (a === null) return null;
        answers.push(a);
      }
      return answers;
    },
  };
}

/** OpenSSH's question; only "yes" trusts the key, and only for this run. */
export const terminalHostKeyPrompt: HostKeyPrompt = async (request) => {
  const question = `The authenticity of host ${request.host}:${request.port} can't be established.\n${request.keyType} key fingerprint is ${request.fingerprintSha256}.\nTrust it for this run? (yes/no) `;
  return (await askLine(question, false))?.trim().toLowerCase() === 'yes' ? 'accept-once' : 'cancel';
};
