// The core writes step titles, explanations and reasons in English. For Chinese and
// Japanese the view looks them up here (by step id, by warning code, by the typed
// reason's code with its parameters); anything not in the table is shown in the
// core's English (a failure's own error text, a step the table does not know).
import { fillReasonTemplate, type StepReason, type StepReasonCode } from '../../../../electron/contract';

export interface CoreTextTable {
  steps: Record<string, { title: string; why: string }>;
  /** Skip / unavailable / cancel reasons by the contract's code: every code, or the type check fails. */
  reasons: Record<StepReasonCode, string>;
  /** Bug check meanings keyed by "code" or "code/arg1" (lowercase hex). */
  bugchecks: Record<string, string>;
  /** Warning titles by warning code (the core's title carries numbers; the detail stays English). */
  warnings: Record<string, string>;
}

const zhCN: CoreTextTable = {
  steps: {
    preflight: { title: '检查符号和行号', why: '只有设置了符号路径并启用行号加载，调用者地址才能变成函数名和源代码行。' },
    analyze: { title: '分析错误检查', why: '!analyze -v 给出错误检查代码、四个参数以及被指认的映像——每次崩溃调查的起点。' },
    driver: { title: '确定驱动程序', why: '错误检查 0xC4/0x62 会指出正在卸载的驱动程序（IMAGE_NAME 或 Arg2 中的字符串）；用它的名称读取验证器数据。' },
    'driver-symbols': { title: '检查驱动程序的符号', why: '只有加载了驱动程序的私有 PDB，ln 才能把调用者地址转换成 文件:行号。' },
    'verifier-pool': { title: '读取 Driver Verifier 记录的未释放分配', why: '!verifier 3 列出驱动程序尚未释放的每一个分配：地址、大小、池标记以及发起分配的调用者。' },
    'caller-lines': { title: '查找每个调用者的源代码行', why: '对调用者地址执行 ln，可得到函数、偏移量，以及（有行号信息时）发起分配的文件和行。' },
    'site-pool-kinds': { title: '区分分页池与非分页池的分配位置', why: '驱动程序同时持有 NonPagedPool 和 PagedPool；对每个位置的一个分配执行 !pool 可知其所用的池。' },
    'allocation-stacks': { title: '收集分配调用栈', why: 'Driver Verifier 的日志（!verifier 0x80）保存最近 0x10000 次分配和释放的调用栈：它显示泄漏发生的代码路径。' },
    'allocation-sites': { title: '按分配位置归组泄漏', why: '一个错误通常在同一行反复泄漏：按调用者和标记归组，把分配列表变成修复清单。' },
    'pool-usage': { title: '检查池使用量', why: '!vm 显示 NonPagedPool 和 PagedPool 的使用量与上限：泄漏表现为持续攀升的使用量。' },
    'top-tags': { title: '找出占用池最多的标记', why: '按 NonPagedPool（2）和 PagedPool（4）字节数排序的 !poolused 给池标记排名：泄漏的标记会升到前列。' },
    'tag-owners': { title: '查找主要标记的所有者', why: '只有知道使用某个标记的驱动程序，这个标记才有用：pooltag.txt 列出已知标记；findstr 可在驱动程序二进制文件中查找标记字符串。' },
    snapshots: { title: '观察哪些标记在增长', why: '快照只是一个时刻，泄漏是一种趋势。比较目标运行前后的 !poolused，可看出哪些标记持续增长以及增长速度。' },
    'pool-find': { title: '列出主要标记的内存块', why: '!poolfind 列出带有某个标记的池块：有了地址，就能查看其中一块并识别被泄漏的结构。' },
    'pool-hit-tag': { title: '捕获主要标记的分配（PoolHitTag）', why: '设置 nt!PoolHitTag 后，内核在该标记的每次分配时中断到调试器：每次命中的调用栈显示分配它的代码。' },
    'pool-page': { title: '检查出错地址周围的池', why: '!pool 显示某地址周围的池块：哪个分配被越界写入或被重复释放，以及它的标记（指向驱动程序）。' },
    'verifier-check': { title: '检查 Driver Verifier 池跟踪', why: '此错误检查无法说明驱动程序是否泄漏池内存。若 Driver Verifier 跟踪了驱动程序的池，它仍持有的分配会直接显示泄漏及发起分配的代码；否则要从池使用量（!poolused）入手。' },
    'verifier-log-for-address': { title: '读取该块的验证器日志', why: 'Driver Verifier 的池日志保存每次最近分配和释放的调用栈：它指出分配（和释放）受损块的代码。' },
  },
  reasons: {
    'nonpaged-only': '不需要：驱动程序只持有 NonPagedPool。',
    'paged-only': '不需要：驱动程序只持有 PagedPool。',
    'no-allocations': '没有未释放的分配。',
    'no-allocations-to-look-up': '没有需要查找的未释放分配。',
    'no-driver': '未能确定驱动程序。',
    'no-bugcheck-address': '没有可取地址的错误检查。',
    'bugcheck-without-pool-address': '错误检查 {{code}} 不带池地址。',
    'no-bugcheck-stack': '没有错误检查：没有出错时的调用栈。',
    'no-pool-address': '没有要查找的池地址。',
    'no-pool-tags': '未读取到池标记。',
    'no-tag-to-find': '没有要查找的标记。',
    'no-tag-to-watch': '没有要监视的标记。',
    'verifier-list-unread': '未读取到 Driver Verifier 的驱动程序列表。',
    'no-other-verified-driver': '没有其他受验证的驱动程序持有池内存。',
    'bugcheck-chooses-playbook': '不需要：错误检查已决定调查方案。',
    'driver-named': '不需要：已指定驱动程序。',
    offline: '离线时不可用：记录的日志无法运行目标',
    'needs-live-target': '需要实时目标（转储无法运行）',
    'needs-resumable-target': '需要可以继续运行并中断的实时目标（本地内核调试不行）',
    'needs-time-passing': '需要实时或本地目标（转储停留在某一时刻）',
    'needs-debugger': '需要调试器',
    cancelled: '已取消。',
    'no-recorded-data': '记录的日志中没有数据（{{commands}}）。',
    'damaged-output': '{{commands}} 的输出已损坏：其中含有控制字节或无法解码的文本',
  },
  bugchecks: {
    '0xc4/0x62': '驱动程序在卸载前没有释放其池分配（卸载时泄漏）；在 Windows 8.1 上也包括未释放的工作项（IoAllocateWorkItem）。必须启用池跟踪（Pool Tracking）。',
    '0xc4/0x60': '驱动程序卸载时仍有未释放的池分配（池跟踪统计）。',
    '0xc4/0x61': '驱动程序卸载时仍持有池分配。',
    '0xd6': '驱动程序访问了超出其分配末尾的内存（特殊池的保护页捕获了越界访问）。',
    '0xc1': '驱动程序写入了其特殊池分配之外的内存（池损坏）。',
    '0xcc': '驱动程序访问了已释放的特殊池内存。',
    '0xc2': '驱动程序发出了错误的池请求（例如重复释放或错误的 IRQL）。',
    '0x19': '池头已损坏（BAD_POOL_HEADER）。',
    '0xd5': '驱动程序访问了已释放的池内存（特殊池）。',
  },
  warnings: {
    'line-info-missing': '部分调用者没有源代码行信息',
    'pool-tracking-disabled': '未启用池跟踪（Pool Tracking）',
    'driver-not-verified': '该驱动程序未受 Driver Verifier 验证',
    'step-failed': '步骤失败',
    'allocation-list-incomplete': '!verifier 只列出了部分分配',
    'driver-not-loaded': '驱动程序不在已加载模块列表中',
    'lines-unknown': '无法确认行号加载',
    'stacks-not-recorded': '部分分配没有在记录的日志中查找',
    'symbol-path-unknown': '无法读取符号路径',
    'target-broke-in': '目标在运行时自行中断到调试器',
    'verifier-log-empty': '验证器池日志为空',
    'verifier-log-wrapped': '验证器日志已循环覆盖：部分分配没有调用栈',
    'verifier-log-no-entry': '验证器日志中没有该地址的记录',
    'several-verified-drivers': '多个受验证的驱动程序持有池内存；调查占用最多的一个',
  },
};

const ja: CoreTextTable = {
  steps: {
    preflight: { title: 'シンボルと行番号を確認', why: 'シンボル パスが設定され行番号の読み込みが有効なときだけ、呼び出し元アドレスが関数名とソース行になります。' },
    analyze: { title: 'バグチェックを分析', why: '!analyze -v はバグチェック、その 4 つの引数、原因とされるイメージを示します。すべてのクラッシュ調査の出発点です。' },
    driver: { title: 'ドライバーを特定', why: 'バグチェック 0xC4/0x62 はアンロード中のドライバー（IMAGE_NAME または Arg2 の文字列）を示します。その名前で読み取るベリファイアー データを選びます。' },
    'driver-symbols': { title: 'ドライバーのシンボルを確認', why: 'ドライバーのプライベート PDB が読み込まれているときだけ、ln は呼び出し元アドレスを ファイル:行 に変換できます。' },
    'verifier-pool': { title: 'Driver Verifier の未解放の割り当てを読む', why: '!verifier 3 はドライバーが解放していないすべての割り当て（アドレス、サイズ、プール タグ、割り当てた呼び出し元）を一覧します。' },
    'caller-lines': { title: '各呼び出し元のソース行を探す', why: '呼び出し元アドレスに ln を実行すると、関数、オフセット、（行情報があれば）割り当てたファイルと行がわかります。' },
    'site-pool-kinds': { title: 'ページ プールと非ページ プールの割り当て箇所を区別', why: 'ドライバーは NonPagedPool と PagedPool の両方を保持しています。箇所ごとに 1 つの割り当てに !pool を実行すると、どちらのプールかがわかります。' },
    'allocation-stacks': { title: '割り当てのコール スタックを収集', why: 'Driver Verifier のログ（!verifier 0x80）は直近 0x10000 件の割り当てと解放のコール スタックを保持しています。リークしたコード パスがわかります。' },
    'allocation-sites': { title: 'リークを割り当て箇所ごとにまとめる', why: '1 つのバグは同じ行から何度もリークするのが普通です。呼び出し元とタグでまとめると、割り当ての一覧が修正の一覧になります。' },
    'pool-usage': { title: 'プールの使用量を確認', why: '!vm は NonPagedPool と PagedPool の使用量と上限を示します。リークは増え続ける使用量として現れます。' },
    'top-tags': { title: 'プールを最も使っているタグを探す', why: 'NonPagedPool（2）と PagedPool（4）のバイト数で並べた !poolused がプール タグを順位付けします。リークしているタグは上位に来ます。' },
    'tag-owners': { title: '上位タグの所有者を探す', why: 'タグはそれを使うドライバーがわかって初めて役に立ちます。pooltag.txt は既知のタグを一覧し、findstr はドライバー バイナリ内のタグ文字列を見つけます。' },
    snapshots: { title: '増えているタグを観察', why: 'スナップショットは一瞬、リークは傾向です。ターゲットの実行前後で !poolused を比べると、増え続けるタグとその速さがわかります。' },
    'pool-find': { title: '上位タグのブロックを一覧', why: '!poolfind はタグを持つプール ブロックを一覧します。アドレスがあれば中身を調べて、リークしている構造体を見分けられます。' },
    'pool-hit-tag': { title: '上位タグの割り当てを捕捉（PoolHitTag）', why: 'nt!PoolHitTag を設定すると、カーネルはそのタグの割り当てごとにデバッガーへブレークします。各ヒットのコール スタックが割り当てるコードを示します。' },
    'pool-page': { title: 'フォールト アドレス周辺のプールを調べる', why: '!pool はアドレス周辺のプール ブロックを示します。どの割り当てが範囲外に書き込まれたか二重解放されたか、そしてそのタグ（ドライバーの手がかり）がわかります。' },
    'verifier-check': { title: 'Driver Verifier のプール トラッキングを確認', why: 'このバグ チェックだけでは、ドライバーがプールをリークしているかは分かりません。Driver Verifier がドライバーのプールを追跡していれば、まだ保持している割り当てがリークとそれを行ったコードを直接示します。追跡していなければ、プール使用量 (!poolused) から調べます。' },
    'verifier-log-for-address': { title: 'ブロックのベリファイアー ログを読む', why: 'Driver Verifier のプール ログは直近の割り当てと解放のスタックを保持しています。壊れたブロックを割り当てた（解放した）コードがわかります。' },
  },
  reasons: {
    'nonpaged-only': '不要: ドライバーは NonPagedPool のみを保持しています。',
    'paged-only': '不要: ドライバーは PagedPool のみを保持しています。',
    'no-allocations': '未解放の割り当てはありません。',
    'no-allocations-to-look-up': '調べる未解放の割り当てはありません。',
    'no-driver': 'ドライバーを特定できませんでした。',
    'no-bugcheck-address': 'アドレスを取り出すバグチェックがありません。',
    'bugcheck-without-pool-address': 'バグチェック {{code}} はプール アドレスを含みません。',
    'no-bugcheck-stack': 'バグチェックがないため、障害時のスタックはありません。',
    'no-pool-address': '調べるプール アドレスがありません。',
    'no-pool-tags': 'プール タグを読み取れませんでした。',
    'no-tag-to-find': '検索するタグがありません。',
    'no-tag-to-watch': '監視するタグがありません。',
    'verifier-list-unread': 'Driver Verifier のドライバー一覧を読み取れませんでした。',
    'no-other-verified-driver': 'プールを保持している他の検証対象ドライバーはありません。',
    'bugcheck-chooses-playbook': '不要: バグ チェックで調査手順が決まります。',
    'driver-named': '不要: ドライバーが指定されています。',
    offline: 'オフラインでは使用できません: 記録されたログではターゲットを実行できません',
    'needs-live-target': 'ライブ ターゲットが必要です（ダンプは実行できません）',
    'needs-resumable-target': '再開とブレークができるライブ ターゲットが必要です（ローカル カーネル デバッグは不可）',
    'needs-time-passing': 'ライブまたはローカル ターゲットが必要です（ダンプは時間が止まっています）',
    'needs-debugger': 'デバッガーが必要です',
    cancelled: 'キャンセルしました。',
    'no-recorded-data': '記録されたログにデータがありません（{{commands}}）。',
    'damaged-output': '{{commands}} の出力が破損しています: 制御バイトまたはデコードできないテキストが含まれています',
  },
  bugchecks: {
    '0xc4/0x62': 'ドライバーがプールの割り当てを解放せずにアンロードしています（アンロード時のリーク）。Windows 8.1 では解放されていないワーク アイテム（IoAllocateWorkItem）も含みます。プール トラッキングが有効である必要があります。',
    '0xc4/0x60': 'ドライバーのアンロード時に未解放のプール割り当てが残っています（プール トラッキングの統計）。',
    '0xc4/0x61': 'ドライバーがアンロード時にまだプールの割り当てを保持しています。',
    '0xd6': 'ドライバーが割り当ての末尾を越えたメモリにアクセスしました（特殊プールのガード ページが捕捉）。',
    '0xc1': 'ドライバーが特殊プールの割り当ての外側に書き込みました（プールの破損）。',
    '0xcc': 'ドライバーが解放済みの特殊プール メモリにアクセスしました。',
    '0xc2': 'ドライバーが不正なプール要求を行いました（二重解放や誤った IRQL など）。',
    '0x19': 'プール ヘッダーが壊れています（BAD_POOL_HEADER）。',
    '0xd5': 'ドライバーが解放済みのプール メモリにアクセスしました（特殊プール）。',
  },
  warnings: {
    'line-info-missing': '一部の呼び出し元にソース行がありません',
    'pool-tracking-disabled': 'プール トラッキングが有効になっていません',
    'driver-not-verified': 'このドライバーは Driver Verifier の検証対象ではありません',
    'step-failed': 'ステップが失敗しました',
    'allocation-list-incomplete': '!verifier が一覧した割り当ては一部だけです',
    'driver-not-loaded': 'ドライバーが読み込み済みモジュールの一覧にありません',
    'lines-unknown': '行番号の読み込みを確認できませんでした',
    'stacks-not-recorded': '記録されたログで検索されなかった割り当てがあります',
    'symbol-path-unknown': 'シンボル パスを読み取れませんでした',
    'target-broke-in': '実行中のターゲットが自らデバッガーにブレークしました',
    'verifier-log-empty': 'ベリファイアーのプール ログは空です',
    'verifier-log-wrapped': 'ベリファイアー ログが一周しました: 一部の割り当てにはスタックがありません',
    'verifier-log-no-entry': 'このアドレスのベリファイアー ログ エントリはありません',
    'several-verified-drivers': '複数の検証対象ドライバーがプールを保持しています。最も多いものを調査します',
  },
};

const tables: Record<string, CoreTextTable> = { 'zh-CN': zhCN, ja };

export function coreTextTable(language: string): CoreTextTable | null {
  return tables[language] ?? null;
}

export function stepTitle(language: string, step: { id: string; title: string }): string {
  return coreTextTable(language)?.steps[step.id]?.title ?? step.title;
}

export function stepWhy(language: string, step: { id: string; why: string }): string {
  return coreTextTable(language)?.steps[step.id]?.why ?? step.why;
}

/** A step's reason in the language: the typed reason translated, else the core's text. */
export function coreReason(language: string, reason: string, message: StepReason | null = null): string {
  const template = message ? coreTextTable(language)?.reasons[message.code] : undefined;
  return template ? fillReasonTemplate(template, message?.params) : reason;
}

export function bugcheckMeaning(language: string, code: string, arg1: string | null, english: string | null): string | null {
  const table = coreTextTable(language)?.bugchecks;
  const key = code.toLowerCase();
  return table?.[`${key}/${(arg1 ?? '').toLowerCase()}`] ?? table?.[key] ?? english;
}

export function warningTitle(language: string, code: string, english: string): string {
  return coreTextTable(language)?.warnings[code] ?? english;
}
