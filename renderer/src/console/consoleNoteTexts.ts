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
    reconnected:
      '[PoolSleuth] 已重新连接到 {{host}}。已使用相同的命令行重新启动调试器：转储文件按原样重新打开；实时目标已重新附加。' +
      '链路断开时正在运行的命令已丢失；会话期间所做的调试器设置（.sympath、断点、PoolHitTag）需要重新设置。',
    'not-a-debugger': '[PoolSleuth] {{program}} 不是调试器：它没有像 kd 或 cdb 那样应答，因此 PoolSleuth 已将其结束。请选择 kd.exe 或 cdb.exe 作为调试器。',
    'not-in-transcript': "[PoolSleuth] '{{command}}' 不在录制的记录中：回放只应答录制过的命令。",
    'saved-password-forgotten': '[PoolSleuth] {{account}} 的已保存密码被服务器拒绝；已将其删除。',
    'saved-password-not-forgotten': '[PoolSleuth] {{account}} 的已保存密码被服务器拒绝，但无法删除：{{error}}',
    'saved-passphrase-forgotten': '[PoolSleuth] {{keyFile}} 的已保存密码短语无法解锁密钥；已将其删除。',
    'saved-passphrase-not-forgotten': '[PoolSleuth] {{keyFile}} 的已保存密码短语无法解锁密钥，但无法删除：{{error}}',
    'password-not-remembered': '[PoolSleuth] 无法保存密码：{{error}}',
    'passphrase-not-remembered': '[PoolSleuth] 无法保存密码短语：{{error}}',
    'break-failed': '[PoolSleuth] 调试器在 {{seconds}} 秒内没有停止；它可能收不到 Ctrl+C（是否通过包装脚本启动？）。可断开连接以结束它，或继续等待。',
    'commands-wait-for-stop': "[PoolSleuth] 目标正在运行：'{{commands}}' 将在目标停止后运行（按“中断”可立即停止目标）。",
    'command-silent-breaking': "[PoolSleuth] '{{command}}' 在 {{seconds}} 秒内没有任何输出；正在中断一次以恢复…",
    'startup-silent-breaking': '[PoolSleuth] 调试器启动在 {{seconds}} 秒内没有任何输出；正在中断一次以恢复…',
    'waiting-for-target': '[PoolSleuth] 调试器正在等待目标重新连接（KDNET）。命令将等待；断开连接可结束会话。',
    'target-connected-again': '[PoolSleuth] 目标已再次连接（{{signal}}）；它可能已重新启动：之前的结果描述的是上一次启动。',
  },
  ja: {
    'debugger-exited': '[デバッガーが終了しました: {{reason}}]',
    disconnected: '[切断しました: {{reason}}]',
    'closed-as-asked': '[切断しました: ご指示どおりデバッガーを閉じました。]',
    'session-failed': '[セッションが失敗しました: {{reason}}]',
    'link-lost-reconnecting': '[PoolSleuth] {{host}} への接続が失われました（{{reason}}）。再接続しています…',
    'reconnect-attempt': '[PoolSleuth] 再接続 {{attempt}} / {{attempts}} 回目を {{seconds}} 秒後に試みます…',
    'reconnect-failed': '[PoolSleuth] 再接続できませんでした: {{error}}',
    reconnected:
      '[PoolSleuth] {{host}} に再接続しました。同じコマンド ラインでデバッガーを再起動しました: ダンプは元どおりに開き直し、ライブ ターゲットには再アタッチしました。' +
      '接続が切れたときに実行中だったコマンドは失われました。セッション中に行ったデバッガーの設定（.sympath、ブレークポイント、PoolHitTag）はやり直す必要があります。',
    'not-a-debugger': '[PoolSleuth] {{program}} はデバッガーではありません: kd や cdb のように応答しなかったため、PoolSleuth が終了させました。デバッガーには kd.exe か cdb.exe を選んでください。',
    'not-in-transcript': "[PoolSleuth] '{{command}}' は記録されたトランスクリプトにありません: 再生では記録されたコマンドにしか応答しません。",
    'saved-password-forgotten': '[PoolSleuth] 保存されていた {{account}} のパスワードはサーバーに拒否されたため、削除しました。',
    'saved-password-not-forgotten': '[PoolSleuth] 保存されていた {{account}} のパスワードはサーバーに拒否されましたが、削除できませんでした: {{error}}',
    'saved-passphrase-forgotten': '[PoolSleuth] 保存されていた {{keyFile}} のパスフレーズでは鍵のロックを解除できなかったため、削除しました。',
    'saved-passphrase-not-forgotten': '[PoolSleuth] 保存されていた {{keyFile}} のパスフレーズでは鍵のロックを解除できませんでしたが、削除できませんでした: {{error}}',
    'password-not-remembered': '[PoolSleuth] パスワードを保存できませんでした: {{error}}',
    'passphrase-not-remembered': '[PoolSleuth] パスフレーズを保存できませんでした: {{error}}',
    'break-failed': '[PoolSleuth] デバッガーが {{seconds}} 秒以内に停止しませんでした。Ctrl+C を受け取れないのかもしれません（ラッパー スクリプト経由？）。切断して終了させるか、お待ちください。',
    'commands-wait-for-stop': "[PoolSleuth] ターゲットは実行中です: '{{commands}}' はターゲットが停止したときに実行されます（今すぐ止めるには［ブレーク］を押してください）。",
    'command-silent-breaking': "[PoolSleuth] '{{command}}' が {{seconds}} 秒間何も出力しませんでした。回復のため一度ブレークインします…",
    'startup-silent-breaking': '[PoolSleuth] デバッガーの起動中に {{seconds}} 秒間何も出力されませんでした。回復のため一度ブレークインします…',
    'waiting-for-target': '[PoolSleuth] デバッガーはターゲットの再接続を待っています（KDNET）。コマンドは待機します。切断するとセッションを終了します。',
    'target-connected-again': '[PoolSleuth] ターゲットが再び接続しました（{{signal}}）。再起動した可能性があります: これまでの結果は前回の起動時のものです。',
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
