// Turns what xterm reports as typed (onData: keys as VT sequences, pasted text
// with line breaks as CR) into editing actions for the line editor.

export type EditAction =
  | { type: 'text'; text: string }
  | { type: 'enter' }
  | { type: 'backspace' }
  | { type: 'delete' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'word-left' }
  | { type: 'word-right' }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'history-previous' }
  | { type: 'history-next' }
  | { type: 'interrupt' }
  | { type: 'clear-line' }
  | { type: 'kill-to-end' }
  | { type: 'kill-to-start' };

const csiSequence = /^\x1b\[([0-9;]*)([A-Za-z~])/;
const ss3Sequence = /^\x1bO([A-Za-z])/;

function actionForCsi(params: string, final: string): EditAction | null {
  const ctrl = /;5$/.test(params);
  switch (final) {
    case 'A':
      return { type: 'history-previous' };
    case 'B':
      return { type: 'history-next' };
    case 'C':
      return ctrl ? { type: 'word-right' } : { type: 'right' };
    case 'D':
      return ctrl ? { type: 'word-left' } : { type: 'left' };
    case 'H':
      return { type: 'home' };
    case 'F':
      return { type: 'end' };
    case '~': {
      const key = params.split(';')[0];
      if (key === '1' || key === '7') return { type: 'home' };
      if (key === '4' || key === '8') return { type: 'end' };
      if (key === '3') return { type: 'delete' };
      return null; // PgUp/PgDn/Insert/F-keys: not line editing.
    }
    default:
      return null;
  }
}

const ss3Actions: Record<string, EditAction> = {
  A: { type: 'history-previous' },
  B: { type: 'history-next' },
  C: { type: 'right' },
  D: { type: 'left' },
  H: { type: 'home' },
  F: { type: 'end' },
};

const controlActions: Record<string, EditAction> = {
  '\x7f': { type: 'backspace' },
  '\b': { type: 'backspace' },
  '\x03': { type: 'interrupt' },
  '\x01': { type: 'home' },
  '\x05': { type: 'end' },
  '\x02': { type: 'left' },
  '\x06': { type: 'right' },
  '\x0b': { type: 'kill-to-end' },
  '\x15': { type: 'kill-to-start' },
  '\x10': { type: 'history-previous' },
  '\x0e': { type: 'history-next' },
};

export function decodeTerminalInput(data: string): EditAction[] {
  const actions: EditAction[] = [];
  let text = '';
  const flushText = (): void => {
    if (text) actions.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < data.length) {
    const ch = data[i] as string;
    if (ch === '\x1b') {
      flushText();
      const rest = data.slice(i);
      const csiMatch = csiSequence.exec(rest);
      if (csiMatch) {
        const action = actionForCsi(csiMatch[1] ?? '', csiMatch[2] ?? '');
        if (action) actions.push(action);
        i += csiMatch[0].length;
        continue;
      }
      const ss3Match = ss3Sequence.exec(rest);
      if (ss3Match) {
        const action = ss3Actions[ss3Match[1] ?? ''];
        if (action) actions.push(action);
        i += ss3Match[0].length;
        continue;
      }
      // A lone Escape clears the command line, as in WinDbg's command window.
      actions.push({ type: 'clear-line' });
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      flushText();
      actions.push({ type: 'enter' });
      i += ch === '\r' && data[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    const control = controlActions[ch];
    if (control) {
      flushText();
      actions.push(control);
      i++;
      continue;
    }
    if (ch === '\t') {
      text += ' ';
    } else if (ch >= ' ' && ch !== '\x7f' && !(ch >= '\x80' && ch <= '\x9f')) {
      text += ch;
    }
    i++;
  }
  flushText();
  return actions;
}
