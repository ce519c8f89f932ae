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
    'ssh-refused': '无法连接 {{target}}：连接被拒绝（OpenSSH 服务器是否在运行并监听该端口？）',
    'ssh-no-answer': '无法连接 {{target}}：没有应答（超时；请检查地址、VPN 和防火墙）',
    'ssh-host-unreachable': '无法连接 {{target}}：主机不可达（请检查网络路由或 VPN）',
    'ssh-network-unreachable': '无法连接 {{target}}：网络不可达',
    'ssh-unknown-host': '无法连接 {{target}}：未知的主机名（DNS 查找失败）',
    'ssh-dns-temporary': '无法连接 {{target}}：主机名查找暂时失败（DNS）',
    'ssh-reset': '无法连接 {{target}}：连接被服务器重置',
    'ssh-closed-by-server': '无法连接 {{target}}：连接被服务器关闭',
    'ssh-handshake-timeout': '无法连接 {{target}}：{{seconds}} 秒内没有完成 SSH 握手。',
    'ssh-handshake-timed-out': '无法连接 {{target}}：没有完成 SSH 握手（超时）。',
    'ssh-handshake-failed': '与 {{target}} 的 SSH 握手失败：{{error}}',
    'ssh-failed': '到 {{target}} 的 SSH 连接失败：{{error}}',
    'ssh-server-closed': 'SSH 服务器 {{target}} 关闭了连接。',
    'ssh-server-closed-during-auth': 'SSH 服务器 {{target}} 在身份验证期间关闭了连接。',
    'ssh-auth-failed': '{{user}}@{{target}} 身份验证失败（尝试过的方法：{{tried}}）。',
    'ssh-auth-method-refused': '{{user}}@{{target}} 身份验证失败：服务器不接受 {{method}}（它提供：{{offered}}；尝试过的方法：{{tried}}）。',
    'ssh-auth-cancelled': '{{user}}@{{target}} 的身份验证已取消。',
    'ssh-no-agent': '没有正在运行的 SSH 代理（未设置 SSH_AUTH_SOCK）。请启动 ssh-agent 并添加密钥，或使用密钥文件。',
    'ssh-key-file-unreadable': '无法读取密钥文件 {{file}}：{{error}}',
    'ssh-key-passphrase-wrong': '密钥文件 {{file}} 的密码短语错误（已尝试 {{attempts}} 次）。',
    'ssh-key-file-unusable': '密钥文件 {{file}} 不是 PoolSleuth 可用的私钥（{{why}}）。请使用 OpenSSH 或 PEM 格式的私钥（不是 .pub 文件）。',
    'ssh-host-key-revoked': '{{target}} 的主机密钥（{{keyType}} {{fingerprint}}）在 {{where}} 中被标记为 @revoked。连接已被拒绝。',
    'ssh-host-key-changed-openssh': '{{target}} 的主机密钥已更改：它现在出示 {{keyType}} {{fingerprint}}，与 {{where}} 中记录的密钥不同。这可能是中间人攻击，因此连接被拒绝，也没有发送任何凭据。如果该主机重装过或重新生成了密钥，请从 {{where}} 中删除旧密钥（例如 {{command}}），然后重新连接。',
    'ssh-host-key-changed-remembered': '{{target}} 的主机密钥已更改：它现在出示 {{keyType}} {{fingerprint}}，与 {{where}} 中记录的密钥不同。这可能是中间人攻击，因此连接被拒绝，也没有发送任何凭据。如果该主机重装过或重新生成了密钥，请从 {{where}} 中删除旧密钥（这是 PoolSleuth 在接受时记住的密钥；请在 PoolSleuth 保存的已知主机中将其忘记），然后重新连接。',
    'ssh-host-key-not-accepted': '未接受 {{target}} 的主机密钥；连接已取消。',
    'ssh-host-key-check-failed': '无法检查 {{target}} 的主机密钥：{{error}}',
    'ssh-remote-start-failed': '无法在 {{host}} 上启动调试器：{{error}}',
  },
  details: {
    exited: '{{name}} 已退出，退出代码 {{exitCode}}',
    'exited-saying': '{{name}} 已退出，退出代码 {{exitCode}}：{{stderr}}',
    killed: '{{name}} 被 {{signal}} 终止',
    'killed-saying': '{{name}} 被 {{signal}} 终止：{{stderr}}',
    'closed-output': '{{name}} 关闭了输出但仍在运行，已将其结束',
    'not-found': '找不到调试器：“{{command}}”。请检查 kd.exe/cdb.exe 的路径（Windows Kits\\10\\Debuggers\\x64），或选择演示目标',
    'could-not-start': '无法启动“{{command}}”：{{error}}',
    'closed-by-user': '已断开连接',
    'replay-closed': '回放已关闭',
    'link-closed': '到 {{target}} 的 SSH 连接意外关闭（服务器或网络断开了它）',
    'link-keepalive': '到 {{target}} 的 SSH 连接已丢失：服务器不再应答保活消息',
    'link-lost': '到 {{target}} 的 SSH 连接已丢失：{{error}}',
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
    'ssh-refused': '{{target}} に接続できません: 接続が拒否されました（OpenSSH サーバーが動作していて、そのポートで待ち受けていますか？）',
    'ssh-no-answer': '{{target}} に接続できません: 応答がありません（タイムアウト。アドレス、VPN、ファイアウォールを確認してください）',
    'ssh-host-unreachable': '{{target}} に接続できません: ホストに到達できません（ネットワークの経路または VPN を確認してください）',
    'ssh-network-unreachable': '{{target}} に接続できません: ネットワークに到達できません',
    'ssh-unknown-host': '{{target}} に接続できません: 不明なホスト名です（DNS の名前解決に失敗しました）',
    'ssh-dns-temporary': '{{target}} に接続できません: ホスト名の解決に一時的に失敗しました（DNS）',
    'ssh-reset': '{{target}} に接続できません: サーバーが接続をリセットしました',
    'ssh-closed-by-server': '{{target}} に接続できません: サーバーが接続を閉じました',
    'ssh-handshake-timeout': '{{target}} に接続できません: {{seconds}} 秒以内に SSH ハンドシェイクが完了しませんでした。',
    'ssh-handshake-timed-out': '{{target}} に接続できません: SSH ハンドシェイクが完了しませんでした（タイムアウト）。',
    'ssh-handshake-failed': '{{target}} との SSH ハンドシェイクに失敗しました: {{error}}',
    'ssh-failed': '{{target}} への SSH 接続に失敗しました: {{error}}',
    'ssh-server-closed': 'SSH サーバー {{target}} が接続を閉じました。',
    'ssh-server-closed-during-auth': 'SSH サーバー {{target}} が認証中に接続を閉じました。',
    'ssh-auth-failed': '{{user}}@{{target}} の認証に失敗しました（試した方法: {{tried}}）。',
    'ssh-auth-method-refused': '{{user}}@{{target}} の認証に失敗しました: サーバーは {{method}} を受け付けません（提供されている方法: {{offered}}。試した方法: {{tried}}）。',
    'ssh-auth-cancelled': '{{user}}@{{target}} の認証はキャンセルされました。',
    'ssh-no-agent': 'SSH エージェントが動作していません（SSH_AUTH_SOCK が設定されていません）。ssh-agent を起動して鍵を追加するか、鍵ファイルを使ってください。',
    'ssh-key-file-unreadable': '鍵ファイル {{file}} を読み取れません: {{error}}',
    'ssh-key-passphrase-wrong': '鍵ファイル {{file}} のパスフレーズが違います（{{attempts}} 回試しました）。',
    'ssh-key-file-unusable': '鍵ファイル {{file}} は PoolSleuth で使える秘密鍵ではありません（{{why}}）。OpenSSH または PEM 形式の秘密鍵を使ってください（.pub ファイルではありません）。',
    'ssh-host-key-revoked': '{{target}} のホスト鍵（{{keyType}} {{fingerprint}}）は {{where}} で @revoked とされています。接続は拒否されました。',
    'ssh-host-key-changed-openssh': '{{target}} のホスト鍵が変わりました: 現在 {{keyType}} {{fingerprint}} を提示しており、{{where}} に記録された鍵と異なります。中間者攻撃の可能性があるため、接続は拒否され、資格情報は送られていません。ホストを再インストールしたか鍵を作り直した場合は、{{where}} から古い鍵を削除して（例: {{command}}）、もう一度接続してください。',
    'ssh-host-key-changed-remembered': '{{target}} のホスト鍵が変わりました: 現在 {{keyType}} {{fingerprint}} を提示しており、{{where}} に記録された鍵と異なります。中間者攻撃の可能性があるため、接続は拒否され、資格情報は送られていません。ホストを再インストールしたか鍵を作り直した場合は、{{where}} から古い鍵を削除して（受け入れたときに PoolSleuth が記憶した鍵です。PoolSleuth の既知のホストから削除してください）、もう一度接続してください。',
    'ssh-host-key-not-accepted': '{{target}} のホスト鍵は受け入れられませんでした。接続はキャンセルされました。',
    'ssh-host-key-check-failed': '{{target}} のホスト鍵を確認できませんでした: {{error}}',
    'ssh-remote-start-failed': '{{host}} でデバッガーを起動できませんでした: {{error}}',
  },
  details: {
    exited: '{{name}} は終了コード {{exitCode}} で終了しました',
    'exited-saying': '{{name}} は終了コード {{exitCode}} で終了しました: {{stderr}}',
    killed: '{{name}} は {{signal}} で強制終了されました',
    'killed-saying': '{{name}} は {{signal}} で強制終了されました: {{stderr}}',
    'closed-output': '{{name}} は出力を閉じたまま動き続けたため、終了させました',
    'not-found': 'デバッガーが見つかりません: 「{{command}}」。kd.exe/cdb.exe のパス（Windows Kits\\10\\Debuggers\\x64）を確認するか、デモ ターゲットを選んでください',
    'could-not-start': '「{{command}}」を起動できませんでした: {{error}}',
    'closed-by-user': '切断しました',
    'replay-closed': '再生を閉じました',
    'link-closed': '{{target}} への SSH 接続が予期せず閉じられました（サーバーまたはネットワークが切断しました）',
    'link-keepalive': '{{target}} への SSH 接続が失われました: サーバーがキープアライブに応答しなくなりました',
    'link-lost': '{{target}} への SSH 接続が失われました: {{error}}',
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
