// The core's own console lines (contract/consoleNotes.ts: "[debugger exited: …]",
// "[Disconnected: …]", the reconnect notes) in the page's language. The core sends their
// English inside `console.output` and says where each sits; the page writes the
// translation instead. A code this build does not know keeps the English.
import {
  consoleNoteSchema,
  fillReasonTemplate,
  showTargetText,
  type ConsoleNote,
  type ConsoleNoteCode,
  type ConsoleNoteSpan,
} from '../../../electron/contract';
import { failureTextTable } from '../i18n/failureTexts';

const noteTables: Record<string, Record<ConsoleNoteCode, string>> = {
  'zh-CN': {
    'debugger-exited': '[调试器已退出：{{reason}}]',
    disconnected: '[已断开连接：{{reason}}]',
    'closed-as-asked': '[已断开连接：已按您的要求关闭调试器。]',
    'session-failed': '[会话失败：{{reason}}]',
    'link-lost-reconnecting': '[PoolSleuth] 到 {{host}} 的连接已丢失（{{reason}}）。正在重新连接…',
    'reconnect-attempt': '[PoolSleuth] 第 {{attempt}} 次重新连接（共 {{attempts}} 次），{{seconds}} 秒后开始…',
    'reconnect-failed': '[PoolSleuth] 无法重新连接：{{error}}',
  },
  ja: {
    'debugger-exited': '[デバッガーが終了しました: {{reason}}]',
    disconnected: '[切断しました: {{reason}}]',
    'closed-as-asked': '[切断しました: ご指示どおりデバッガーを閉じました。]',
    'session-failed': '[セッションが失敗しました: {{reason}}]',
    'link-lost-reconnecting': '[PoolSleuth] {{host}} への接続が失われました（{{reason}}）。再接続しています…',
    'reconnect-attempt': '[PoolSleuth] 再接続 {{attempt}} / {{attempts}} 回目を {{seconds}} 秒後に試みます…',
    'reconnect-failed': '[PoolSleuth] 再接続できませんでした: {{error}}',
  },
};

/**
 * Parameters are someone's text (a host, an exit reason, a server's message): each becomes one
 * line with every control character, escape introducer (ESC, C1) and bidi/zero-width character
 * shown as a visible escape, as the core's English shows them (contract/targetText.ts).
 */
function shownParams(params: Record<string, string> | undefined): Record<string, string> | undefined {
  return params && Object.fromEntries(Object.entries(params).map(([name, value]) => [name, showTargetText(value, 'line')]));
}

/** One typed note in the language; null for English or a note this build does not know. */
export function translateConsoleNote(language: string, note: ConsoleNote): string | null {
  const table = noteTables[language];
  const details = failureTextTable(language)?.details;
  if (!table || !details) return null;
  const reason = note.reason ? fillReasonTemplate(details[note.reason.code], shownParams(note.reason.params)) : undefined;
  const params = shownParams(note.params);
  return fillReasonTemplate(table[note.code], reason !== undefined ? { ...params, reason } : params);
}

/**
 * A `console.output` event's text as the page shows it: each typed note's English replaced by
 * its translation. A span that overlaps an earlier one or runs past the text is ignored.
 */
export function localizedConsoleText(language: string, data: string, spans: readonly ConsoleNoteSpan[] | undefined): string {
  if (!spans || spans.length === 0) return data;
  let shown = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.start + span.length > data.length) continue;
    const parsed = consoleNoteSchema.safeParse(span.note);
    const translated = parsed.success ? translateConsoleNote(language, parsed.data) : null;
    if (translated === null) continue;
    shown += data.slice(at, span.start) + translated;
    at = span.start + span.length;
  }
  return shown + data.slice(at);
}
