// Why a connect failed, in the user's language: the core's typed failure
// (contract/failureMessages.ts) translated by its code, the detail (exited with a code,
// killed, not found …) by its own. A code this build does not know shows the core's
// English text. Paths, command lines and the program's own words stay as they are.
import {
  failureMessageSchema,
  failureText,
  fillReasonTemplate,
  type FailureCode,
  type FailureDetailCode,
  type FailureMessage,
} from '../../../electron/contract';

export interface FailureTextTable {
  /** Every code, or the type check fails. */
  failures: Record<FailureCode, string>;
  details: Record<FailureDetailCode, string>;
}

const zhCNCheck = '请检查调试器的路径和命令行（kd.exe 或 cdb.exe，带 -z <转储>、-k <连接> 或 -kl）。';
const jaCheck = 'デバッガーのパスとコマンド ラインを確認してください（kd.exe または cdb.exe に -z <ダンプ>、-k <接続> または -kl）。';

const zhCN: FailureTextTable = {
  failures: {
    'not-a-debugger-printed': `此程序的应答不像 kd 或 cdb：{{program}}。它输出了：“{{printed}}”。${zhCNCheck}`,
    'not-a-debugger-echoed': `此程序的应答不像 kd 或 cdb：{{program}}。它只是原样回显了发送给它的内容，没有调试器的启动信息或提示符。${zhCNCheck}`,
    'not-a-debugger-silent': `此程序的应答不像 kd 或 cdb：{{program}}。它没有任何输出。${zhCNCheck}`,
    'did-not-start-check-path': '调试器未能启动（{{program}}）：{{detail}}。请检查调试器路径（kd.exe 或 cdb.exe 的完整路径），以及该文件在那台计算机上是否存在。',
    'did-not-start-check-command-line': '调试器未能启动（{{program}}）：{{detail}}。请检查命令行：程序路径、参数及其引号（含空格的路径需要加引号）。',
    'did-not-start': '调试器未能启动（{{program}}）：{{detail}}。',
    'unknown-demo-scenario': '未知的演示场景“{{scenario}}”。可用的场景：{{known}}。',
  },
  details: {
    exited: '{{name}} 已退出，退出代码 {{exitCode}}',
    'exited-saying': '{{name}} 已退出，退出代码 {{exitCode}}：{{stderr}}',
    killed: '{{name}} 被 {{signal}} 终止',
    'killed-saying': '{{name}} 被 {{signal}} 终止：{{stderr}}',
    'closed-output': '{{name}} 关闭了输出但仍在运行，已将其结束',
    'not-found': '找不到调试器：“{{command}}”。请检查 kd.exe/cdb.exe 的路径（Windows Kits\\10\\Debuggers\\x64），或选择演示目标',
    'could-not-start': '无法启动“{{command}}”：{{error}}',
    'as-said': '{{text}}',
  },
};

const ja: FailureTextTable = {
  failures: {
    'not-a-debugger-printed': `このプログラムは kd や cdb のように応答しませんでした: {{program}}。出力: “{{printed}}”。${jaCheck}`,
    'not-a-debugger-echoed': `このプログラムは kd や cdb のように応答しませんでした: {{program}}。送られた内容をそのまま返しただけで、デバッガーのバナーもプロンプトもありません。${jaCheck}`,
    'not-a-debugger-silent': `このプログラムは kd や cdb のように応答しませんでした: {{program}}。何も出力しませんでした。${jaCheck}`,
    'did-not-start-check-path': 'デバッガーを起動できませんでした（{{program}}）: {{detail}}。デバッガーのパス（kd.exe または cdb.exe のフル パス）と、そのファイルがそのマシンにあることを確認してください。',
    'did-not-start-check-command-line': 'デバッガーを起動できませんでした（{{program}}）: {{detail}}。コマンド ラインを確認してください: プログラムのパス、引数、その引用符（空白を含むパスは引用符で囲みます）。',
    'did-not-start': 'デバッガーを起動できませんでした（{{program}}）: {{detail}}。',
    'unknown-demo-scenario': '不明なデモ シナリオ「{{scenario}}」です。使用できるもの: {{known}}。',
  },
  details: {
    exited: '{{name}} は終了コード {{exitCode}} で終了しました',
    'exited-saying': '{{name}} は終了コード {{exitCode}} で終了しました: {{stderr}}',
    killed: '{{name}} は {{signal}} で強制終了されました',
    'killed-saying': '{{name}} は {{signal}} で強制終了されました: {{stderr}}',
    'closed-output': '{{name}} は出力を閉じたまま動き続けたため、終了させました',
    'not-found': 'デバッガーが見つかりません: 「{{command}}」。kd.exe/cdb.exe のパス（Windows Kits\\10\\Debuggers\\x64）を確認するか、デモ ターゲットを選んでください',
    'could-not-start': '「{{command}}」を起動できませんでした: {{error}}',
    'as-said': '{{text}}',
  },
};

const tables: Record<string, FailureTextTable> = { 'zh-CN': zhCN, ja };

export function failureTextTable(language: string): FailureTextTable | null {
  return tables[language] ?? null;
}

/** The failure in the language; English (the contract's text) for en and unknown languages. */
export function translateFailure(language: string, failure: FailureMessage): string {
  const table = failureTextTable(language);
  if (!table) return failureText(failure);
  const detail = failure.detail ? fillReasonTemplate(table.details[failure.detail.code], failure.detail.params) : undefined;
  return fillReasonTemplate(table.failures[failure.code], detail !== undefined ? { ...failure.params, detail } : failure.params);
}

/** A typed failure from the wire in the language, or the core's English text when its code is unknown here. */
export function failureMessageText(language: string, failure: unknown, english: string): string {
  const parsed = failureMessageSchema.safeParse(failure);
  return parsed.success ? translateFailure(language, parsed.data) : english;
}
