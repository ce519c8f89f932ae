// The conclusion's summary and next step in the user's language: the core's typed
// messages (contract/conclusionMessages.ts) spelled from these tables. Every code has a
// text here or the type check fails. English, an unknown language and a message this
// build does not know show the core's English. Parameters that are the target's text
// (drivers, symbols, paths, tags, commands) stay as given; the result is plain text.
import { fillReasonTemplate, spellConclusionMessage } from '../../../../electron/contract';
import type { ConclusionJoin, ConclusionMessage, ConclusionMessageCode, ConclusionNoun, StepReason } from '../../../../electron/contract';
import { formatBytesBinary, formatCount } from '../format/numberFormat';
import type { Conclusion } from '../state/reportConclusion';
import { coreReason, stepTitle } from './coreTextTranslations';

export interface ConclusionTextTable {
  /** Every code of the contract, with the same placeholders. */
  messages: Record<ConclusionMessageCode, string>;
  /** A count of a thing: `{{count}}` is the formatted number. */
  nouns: Record<ConclusionNoun, string>;
  join: Record<ConclusionJoin, string>;
  /** A small size: `{{count}}` bytes. */
  bytes: string;
  /** A larger size: `{{size}}` ("9.8 MB"), `{{exact}}` (the small-size text). */
  scaledBytes: string;
  /** Bytes per minute: `{{size}}` ("5.9 MB"). */
  rate: string;
}

const zhCN: ConclusionTextTable = {
  messages: {
    'nothing-readable': '调试器的应答中没有 PoolSleuth 能读懂的内容：没有错误检查、没有分析结果、没有池表或验证器表（它输出了：“{{sample}}”）。无法得出结论。',
    'nothing-readable-silent': '调试器的应答中没有 PoolSleuth 能读懂的内容：没有错误检查、没有分析结果、没有池表或验证器表（它没有任何输出）。无法得出结论。',
    'check-debugger-target': '请确认目标是 kd 或 cdb，已加载转储或内核目标且符号可以解析（在控制台中运行 !analyze -v），然后重新运行调查。',
    'triage-unfinished': '初步分析没有完成，因此没有运行任何调查方案。',
    'triage-failed': '初步分析没有完成：{{failure}}，因此没有运行任何调查方案。',
    'run-again-when-answering': '等调试器有应答后重新运行调查（或自行选择调查方案）。',
    'incomplete-found': '证据不完整：{{why}}。目前读到的内容：{{summary}}',
    'incomplete-nothing-found': '证据不完整：{{why}}。目前读到的内容没有发现问题，但这不能证明没有问题：{{summary}}',
    incomplete: '证据不完整：{{why}}。{{summary}}',
    'investigation-failed': '调查失败',
    'investigation-cancelled': '调查已取消',
    'investigation-running': '调查仍在运行',
    'rerun-step': '重新运行步骤“{{step}}”。',
    'rerun-cancelled-step': '重新运行步骤“{{step}}”（它已被取消）。',
    'gap-failed': '“{{step}}”失败',
    'gap-failed-because': '“{{step}}”失败（{{reason}}）',
    'gap-cancelled': '“{{step}}”已取消',
    'gap-no-data': '“{{step}}”在记录的日志中没有数据',
    'gap-inconclusive': '“{{step}}”没有定论',
    'gap-inconclusive-because': '“{{step}}”没有定论（{{reason}}）',
    'gap-running': '“{{step}}”仍在运行',
    'gap-running-because': '“{{step}}”仍在运行（{{reason}}）',
    'gap-not-run': '“{{step}}”没有运行',
    'gaps-not-run': '后续 {{count}} 个步骤没有运行',
    'leak-no-driver': '未能确定驱动程序：错误检查没有指出驱动程序，Driver Verifier 也没有列出持有池内存的驱动程序，因此没有读取任何分配。',
    'leak-no-driver-next': '告诉 PoolSleuth 要检查哪个驱动程序（{{advice}}），或改为运行“池增长”调查方案来跟踪池使用量。',
    'leak-untracked': 'Driver Verifier 没有记录 {{driver}} 的分配，因此无法从此目标把泄漏追溯到代码。{{detail}}',
    'pool-tracking-disabled': '未启用池跟踪（Pool Tracking），因此 Driver Verifier 没有记录 {{driver}} 的分配。请用 "verifier /flags 0x8 /driver {{driver}}"（或 /standard）启用它，重新启动并重现问题；在此期间，“池增长”调查方案（!poolused、!poolfind）无需它也能工作。',
    'driver-not-verified': '{{driver}} 不在 Driver Verifier 的受验证驱动程序列表中。请用 "verifier /flags 0x8 /driver {{driver}}" 启用它，重新启动并重现问题。',
    'leak-untracked-next': '为该驱动程序启用池跟踪（verifier /flags 0x8 /driver {{driver}}），重新启动并重现问题；在此期间运行“池增长”调查方案（!poolused、!poolfind）。',
    'leak-unread': '未能读取 {{driver}} 的未释放分配（!verifier 3 {{driver}} 没有给出可用的应答）。',
    'leak-unread-next': '重新运行步骤“{{step}}”，或在控制台中运行 !verifier 3 {{driver}}。',
    'leak-nothing': '{{driver}} 没有持有任何池分配：Driver Verifier 没有发现泄漏。',
    'leak-drivers': '{{drivers}}。',
    'driver-leaked-unlisted': '{{driver}} 泄漏了 {{allocations}}，{{bytes}}，但 Driver Verifier 没有列出其中任何一个',
    'driver-leaked': '{{driver}} 泄漏了 {{allocations}}，{{bytes}}，来自 {{sites}}；最大的一处：{{largest}}{{more}}',
    'driver-also-holds-unlisted': '{{driver}} 也持有 {{allocations}}，{{bytes}}，但 Driver Verifier 没有列出其中任何一个',
    'driver-also-holds': '{{driver}} 也持有 {{allocations}}，{{bytes}}，来自 {{sites}}；最大的一处：{{largest}}{{more}}',
    'driver-holds-unlisted': '{{driver}} 持有 {{allocations}}，{{bytes}}，但 Driver Verifier 没有列出其中任何一个',
    'driver-holds': '{{driver}} 持有 {{allocations}}，{{bytes}}，来自 {{sites}}；最大的一处：{{largest}}{{more}}',
    'largest-site': '“{{tag}}”来自 {{caller}}，{{allocations}}，{{bytes}}——用 {{allocator}} 分配却没有用 {{release}} 释放',
    'unknown-caller': '未知的调用者',
    'more-sites': '；另有 {{count}}：{{sites}}',
    'site-at': '“{{tag}}”位于 {{where}}',
    'other-sites': '{{count}}',
    'leak-listed-some': 'Driver Verifier 只列出了 {{driver}} 的部分分配；在控制台中运行 !verifier 3 {{driver}} 查看其余分配。',
    'leak-load-pdb': '加载 {{driver}} 的私有 PDB 以获得源代码行（.sympath+ <PDB 所在文件夹>; .reload /f {{driver}}），然后重新运行调查。',
    'growth-none': '在 {{snapshots}} 中没有任何池标记增长。',
    'growth-none-next': '在拍摄快照期间重现泄漏，或{{advice}}。',
    'growth-tags': '{{tags}}。',
    'growth-tags-code-unknown': '{{tags}}。发起分配的代码尚不清楚。',
    'tag-grows': '“{{tag}}”以每分钟 {{rate}} 的速度增长（当前 {{amount}}）{{owner}}{{caught}}',
    'tag-holds-most': '“{{tag}}”占用的池最多：{{amount}}{{owner}}{{caught}}',
    'tag-amount': '{{bytes}}，共 {{allocations}}',
    'usage-unknown': '使用量未知',
    'owned-by': '，所有者为 {{driver}}',
    'in-module': '，位于 {{driver}}',
    'owner-unknown': '，所有者未知',
    'caught-allocating': '；PoolHitTag 捕获到它在 {{sites}} 处分配',
    'growth-catch-next': '在重现泄漏时用 PoolHitTag 捕获“{{tag}}”的分配（步骤“{{step}}”）。',
    'growth-no-usage': '未读取到池标记使用量（!poolused 没有给出表格），因此还没有线索指向任何驱动程序。',
    'growth-no-usage-next': '请确认内核符号可以加载（!poolused 需要 nt 的 PDB），然后重新运行调查。',
    'growth-largest': '{{sentence}}（{{pool}}）。',
    'growth-largest-owner-unknown': '{{sentence}}（{{pool}}）。尚不清楚哪个驱动程序使用“{{tag}}”。',
    'growth-pool-tracking-next': '要查看发起分配的代码，请为 {{driver}} 启用池跟踪（verifier /flags 0x8 /driver {{driver}}），重新启动并重现问题，或在实时目标上用 PoolHitTag 监视该标记。',
    'find-owner-findstr': '找出使用“{{tag}}”的驱动程序：在目标（或装有相同驱动程序的计算机）上运行 {{command}}，或{{advice}}。',
    'find-owner': '找出使用“{{tag}}”的驱动程序（它在 pooltag.txt 中的条目），或{{advice}}。',
    'corruption-no-bugcheck': '此目标上没有错误检查：没有可追踪的损坏内存块。',
    'corruption-no-bugcheck-next': '打开发生损坏时的崩溃转储（错误检查 0xC1、0xCC、0xD6、0x19、0xC2 …），或启用特殊池（verifier /flags 0x1 /driver NAME.sys）并重现问题。',
    corruption: '{{parts}}。',
    'corruption-no-frame': '{{parts}}。错误检查时的调用栈中没有驱动程序的帧，因此不知道是哪段代码造成的。',
    'read-past': '{{driver}}{{at}}越过其 {{block}} 的末尾读取（{{bugcheck}}）',
    'wrote-past': '{{driver}}{{at}}越过其 {{block}} 的末尾写入（{{bugcheck}}）',
    'accessed-past': '{{driver}}{{at}}越过其 {{block}} 的末尾访问内存（{{bugcheck}}）',
    'used-freed': '{{driver}}{{at}}使用了其 {{block}} 已释放的内存（{{bugcheck}}）',
    'damaged-around': '{{driver}}{{at}}破坏了其 {{block}} 周围的字节（{{bugcheck}}）',
    'damaged-near': '{{driver}}{{at}}破坏了其 {{block}} 附近的池（{{bugcheck}}）',
    'a-driver': '某个驱动程序',
    'at-frame': ' 在 {{where}} 处',
    bugcheck: '错误检查 {{code}}',
    'bugcheck-named': '错误检查 {{code}} {{name}}',
    block: '“{{tag}}”内存块 {{address}}（{{state}}{{owner}}）',
    'block-sized': '{{size}} 字节的“{{tag}}”内存块 {{address}}（{{state}}{{owner}}）',
    'state-unknown': '状态未知',
    'block-owner': '，{{owner}}',
    'pool-at': '{{address}} 处的池',
    'pool-block': '池内存块',
    'allocated-by': '该内存块由 {{function}} 分配',
    'guard-page': '特殊池在该内存块之后紧接着放置了保护页，因此没有触及其他内存块',
    'neighbour-block': '相邻的内存块是 {{block}}',
    'no-neighbour': '该页上没有列出相邻的内存块',
    'what-to-fix': '需要修复：{{fix}}',
    'fix-bound-read': '将 {{function}} 中的读取限制在 {{block}} 的大小以内（对照分配大小检查长度或索引）',
    'fix-bound-write': '将 {{function}} 中的写入限制在 {{block}} 的大小以内（对照分配大小检查长度或索引）',
    'fix-use-after-free': '{{function}} 在内存块释放后仍在使用它：只在最后一次使用之后再释放，并在释放时清空指针',
    'fix-find-overrun': '找出 {{function}} 中越过 {{block}} 末尾（或开头）的写入',
    'fix-check-writes': '检查 {{function}} 以及 {{block}} 所有者的写入：有池头被覆盖',
    'fix-block': '{{size}} 字节的“{{tag}}”内存块',
    'the-block': '内存块',
    'the-driver': '该驱动程序',
    'corruption-special-pool-next': '为可疑驱动程序启用特殊池（verifier /flags 0x1 /driver {{driver}}），重新启动并重现问题：下一次崩溃会停在越界的代码处。',
    'corruption-load-pdb': '加载 {{driver}} 的私有 PDB（.sympath+ <文件夹>; .reload /f），然后运行 k 查看源代码行。',
    'corruption-load-pdb-unnamed': '加载该驱动程序的私有 PDB（.sympath+ <文件夹>; .reload /f），然后运行 k 查看源代码行。',
    'function-at': '{{function}}（{{where}}）',
    text: '{{text}}',
    nothing: '',
    'advise-driver-cli': '传入 --driver NAME.sys',
    'advise-driver-app': '在调查方案选项中指定驱动程序（驱动程序）',
    'advise-poolTagFile-cli': '传入 --pooltag FILE',
    'advise-poolTagFile-app': '在调查方案选项中选择一个 pooltag.txt（池标记文件）',
    'advise-snapshotInterval-cli': '增大 --interval SECONDS',
    'advise-snapshotInterval-app': '在调查方案选项中增大快照间隔',
    'advise-poolHitTag-cli': '传入 --hit-tag TAG',
    'advise-poolHitTag-app': '在调查方案选项中设置 PoolHitTag 标记',
  },
  nouns: {
    allocation: '{{count}} 个分配',
    'allocation-site': '{{count}} 个分配位置',
    snapshot: '{{count}} 个快照',
    'more-site': '{{count}} 个位置',
    other: '其他 {{count}} 个',
  },
  join: { sentences: '。', and: '和', comma: '、', semicolon: '；' },
  bytes: '{{count}} 字节',
  scaledBytes: '{{size}}（{{exact}}）',
  rate: '{{size}}',
};

const ja: ConclusionTextTable = {
  messages: {
    'nothing-readable': 'デバッガーの応答に PoolSleuth が読み取れるものがありませんでした: バグチェックも分析結果も、プール表もベリファイアー表もありません（出力: “{{sample}}”）。結論は出せません。',
    'nothing-readable-silent': 'デバッガーの応答に PoolSleuth が読み取れるものがありませんでした: バグチェックも分析結果も、プール表もベリファイアー表もありません（何も出力されませんでした）。結論は出せません。',
    'check-debugger-target': 'ターゲットが kd または cdb で、ダンプかカーネル ターゲットが読み込まれ、シンボルが解決できることを確認し（コンソールで !analyze -v を実行）、調査をもう一度実行してください。',
    'triage-unfinished': '事前の分析が完了しなかったため、調査手順は実行されませんでした。',
    'triage-failed': '事前の分析が完了しなかったため（{{failure}}）、調査手順は実行されませんでした。',
    'run-again-when-answering': 'デバッガーが応答するようになったら調査をもう一度実行してください（または調査手順を自分で選んでください）。',
    'incomplete-found': '証拠が不完全です: {{why}}。ここまでに読み取れた内容: {{summary}}',
    'incomplete-nothing-found': '証拠が不完全です: {{why}}。ここまでに読み取れた内容では何も見つかりませんでしたが、問題がない証拠にはなりません: {{summary}}',
    incomplete: '証拠が不完全です: {{why}}。{{summary}}',
    'investigation-failed': '調査が失敗しました',
    'investigation-cancelled': '調査が取り消されました',
    'investigation-running': '調査はまだ実行中です',
    'rerun-step': '手順「{{step}}」をもう一度実行してください。',
    'rerun-cancelled-step': '手順「{{step}}」をもう一度実行してください（取り消されました）。',
    'gap-failed': '「{{step}}」が失敗しました',
    'gap-failed-because': '「{{step}}」が失敗しました（{{reason}}）',
    'gap-cancelled': '「{{step}}」は取り消されました',
    'gap-no-data': '「{{step}}」は記録されたログにデータがありませんでした',
    'gap-inconclusive': '「{{step}}」は結論が出ませんでした',
    'gap-inconclusive-because': '「{{step}}」は結論が出ませんでした（{{reason}}）',
    'gap-running': '「{{step}}」はまだ実行中でした',
    'gap-running-because': '「{{step}}」はまだ実行中でした（{{reason}}）',
    'gap-not-run': '「{{step}}」は実行されませんでした',
    'gaps-not-run': '後続の {{count}} 手順は実行されませんでした',
    'leak-no-driver': 'ドライバーを特定できませんでした: バグチェックはドライバーを示さず、Driver Verifier もプールを保持するドライバーを一覧していないため、割り当ては読み取られていません。',
    'leak-no-driver-next': '調べるドライバーを PoolSleuth に指定する（{{advice}}）か、プール増加の調査手順でプール使用量を追ってください。',
    'leak-untracked': 'Driver Verifier は {{driver}} の割り当てを記録していないため、このターゲットからはリークをコードまでたどれません。{{detail}}',
    'pool-tracking-disabled': 'プール トラッキングが有効でなかったため、Driver Verifier は {{driver}} の割り当てを記録していません。"verifier /flags 0x8 /driver {{driver}}"（または /standard）で有効にし、再起動して再現してください。それまでは、プール増加の調査手順（!poolused、!poolfind）がこれなしで使えます。',
    'driver-not-verified': '{{driver}} は Driver Verifier の検証対象ドライバーの一覧にありません。"verifier /flags 0x8 /driver {{driver}}" で有効にし、再起動して再現してください。',
    'leak-untracked-next': 'ドライバーのプール トラッキングを有効にし（verifier /flags 0x8 /driver {{driver}}）、再起動して再現してください。それまではプール増加の調査手順（!poolused、!poolfind）を実行してください。',
    'leak-unread': '{{driver}} の未解放の割り当てを読み取れませんでした（!verifier 3 {{driver}} から使える応答がありませんでした）。',
    'leak-unread-next': '手順「{{step}}」をもう一度実行するか、コンソールで !verifier 3 {{driver}} を実行してください。',
    'leak-nothing': '{{driver}} はプールの割り当てを保持していません: Driver Verifier はリークを見つけませんでした。',
    'leak-drivers': '{{drivers}}。',
    'driver-leaked-unlisted': '{{driver}} は {{allocations}}（{{bytes}}）をリークしましたが、Driver Verifier はそのどれも一覧していません',
    'driver-leaked': '{{driver}} は {{sites}}から {{allocations}}（{{bytes}}）をリークしました。最大: {{largest}}{{more}}',
    'driver-also-holds-unlisted': '{{driver}} も {{allocations}}（{{bytes}}）を保持していますが、Driver Verifier はそのどれも一覧していません',
    'driver-also-holds': '{{driver}} も {{sites}}から {{allocations}}（{{bytes}}）を保持しています。最大: {{largest}}{{more}}',
    'driver-holds-unlisted': '{{driver}} は {{allocations}}（{{bytes}}）を保持していますが、Driver Verifier はそのどれも一覧していません',
    'driver-holds': '{{driver}} は {{sites}}から {{allocations}}（{{bytes}}）を保持しています。最大: {{largest}}{{more}}',
    'largest-site': '{{caller}} からの「{{tag}}」、{{allocations}}、{{bytes}} — {{allocator}} で割り当てて {{release}} で解放していません',
    'unknown-caller': '不明な呼び出し元',
    'more-sites': '。ほかに {{count}}: {{sites}}',
    'site-at': '{{where}} の「{{tag}}」',
    'other-sites': '{{count}}',
    'leak-listed-some': 'Driver Verifier は {{driver}} の割り当ての一部しか一覧していません。残りはコンソールで !verifier 3 {{driver}} を実行してください。',
    'leak-load-pdb': 'ソース行を得るには {{driver}} のプライベート PDB を読み込み（.sympath+ <PDB のあるフォルダー>; .reload /f {{driver}}）、調査をもう一度実行してください。',
    'growth-none': '{{snapshots}} の間に増えたプール タグはありません。',
    'growth-none-next': 'スナップショットを取る間にリークを再現するか、{{advice}}。',
    'growth-tags': '{{tags}}。',
    'growth-tags-code-unknown': '{{tags}}。割り当てているコードはまだわかりません。',
    'tag-grows': '「{{tag}}」が毎分 {{rate}} 増えています（現在 {{amount}}）{{owner}}{{caught}}',
    'tag-holds-most': '「{{tag}}」がプールを最も使っています: {{amount}}{{owner}}{{caught}}',
    'tag-amount': '{{allocations}}で {{bytes}}',
    'usage-unknown': '使用量不明',
    'owned-by': '、所有者は {{driver}}',
    'in-module': '、{{driver}} 内',
    'owner-unknown': '、所有者不明',
    'caught-allocating': '。PoolHitTag が {{sites}} での割り当てを捕捉しました',
    'growth-catch-next': 'リークを再現しながら、PoolHitTag で「{{tag}}」の割り当てを捕捉してください（手順「{{step}}」）。',
    'growth-no-usage': 'プール タグの使用量を読み取れませんでした（!poolused が表を返しませんでした）。まだどのドライバーも示されていません。',
    'growth-no-usage-next': 'カーネル シンボルが読み込まれることを確認し（!poolused には nt の PDB が必要です）、調査をもう一度実行してください。',
    'growth-largest': '{{sentence}}（{{pool}}）。',
    'growth-largest-owner-unknown': '{{sentence}}（{{pool}}）。「{{tag}}」を使っているドライバーはまだわかりません。',
    'growth-pool-tracking-next': '割り当てているコードを見るには、{{driver}} のプール トラッキングを有効にして（verifier /flags 0x8 /driver {{driver}}）再起動して再現するか、ライブ ターゲットで PoolHitTag でタグを監視してください。',
    'find-owner-findstr': '「{{tag}}」を使うドライバーを探してください: ターゲット（または同じドライバーを持つマシン）で {{command}} を実行するか、{{advice}}。',
    'find-owner': '「{{tag}}」を使うドライバーを探す（pooltag.txt の項目）か、{{advice}}。',
    'corruption-no-bugcheck': 'このターゲットにはバグチェックがありません: たどるべき壊れたブロックがありません。',
    'corruption-no-bugcheck-next': '破損時のクラッシュ ダンプ（バグチェック 0xC1、0xCC、0xD6、0x19、0xC2 …）を開くか、特殊プールを有効にして（verifier /flags 0x1 /driver NAME.sys）再現してください。',
    corruption: '{{parts}}。',
    'corruption-no-frame': '{{parts}}。バグチェック時のスタックにドライバーのフレームがないため、原因のコードはわかりません。',
    'read-past': '{{driver}} が{{at}}自分の {{block}} の末尾を越えて読み取りました（{{bugcheck}}）',
    'wrote-past': '{{driver}} が{{at}}自分の {{block}} の末尾を越えて書き込みました（{{bugcheck}}）',
    'accessed-past': '{{driver}} が{{at}}自分の {{block}} の末尾を越えてメモリにアクセスしました（{{bugcheck}}）',
    'used-freed': '{{driver}} が{{at}}自分の {{block}} の解放済みメモリを使いました（{{bugcheck}}）',
    'damaged-around': '{{driver}} が{{at}}自分の {{block}} の周りのバイトを壊しました（{{bugcheck}}）',
    'damaged-near': '{{driver}} が{{at}}自分の {{block}} 付近のプールを壊しました（{{bugcheck}}）',
    'a-driver': 'あるドライバー',
    'at-frame': ' {{where}} で',
    bugcheck: 'バグチェック {{code}}',
    'bugcheck-named': 'バグチェック {{code}} {{name}}',
    block: '「{{tag}}」ブロック {{address}}（{{state}}{{owner}}）',
    'block-sized': '{{size}} バイトの「{{tag}}」ブロック {{address}}（{{state}}{{owner}}）',
    'state-unknown': '状態不明',
    'block-owner': '、{{owner}}',
    'pool-at': '{{address}} のプール',
    'pool-block': 'プール ブロック',
    'allocated-by': 'このブロックを割り当てたのは {{function}} です',
    'guard-page': '特殊プールがブロックの直後にガード ページを置いたため、ほかのブロックには触れていません',
    'neighbour-block': '隣のブロックは {{block}} です',
    'no-neighbour': 'このページには隣のブロックが一覧されていません',
    'what-to-fix': '修正点: {{fix}}',
    'fix-bound-read': '{{function}} の読み取りを {{block}} のサイズ内に収めてください（長さやインデックスを割り当てサイズと照合してください）',
    'fix-bound-write': '{{function}} の書き込みを {{block}} のサイズ内に収めてください（長さやインデックスを割り当てサイズと照合してください）',
    'fix-use-after-free': '{{function}} は解放後のブロックを使っています: 最後に使った後で解放し、解放時にポインターをクリアしてください',
    'fix-find-overrun': '{{function}} の中で {{block}} の末尾（または先頭）を越える書き込みを探してください',
    'fix-check-writes': '{{function}} と {{block}} の所有者の書き込みを確認してください: プール ヘッダーが上書きされています',
    'fix-block': '{{size}} バイトの「{{tag}}」ブロック',
    'the-block': 'ブロック',
    'the-driver': 'そのドライバー',
    'corruption-special-pool-next': '疑わしいドライバーの特殊プールを有効にし（verifier /flags 0x1 /driver {{driver}}）、再起動して再現してください: 次のクラッシュは範囲外アクセスをするコードで止まります。',
    'corruption-load-pdb': '{{driver}} のプライベート PDB を読み込み（.sympath+ <フォルダー>; .reload /f）、k を実行してソース行を確認してください。',
    'corruption-load-pdb-unnamed': 'ドライバーのプライベート PDB を読み込み（.sympath+ <フォルダー>; .reload /f）、k を実行してソース行を確認してください。',
    'function-at': '{{function}}（{{where}}）',
    text: '{{text}}',
    nothing: '',
    'advise-driver-cli': '--driver NAME.sys を渡す',
    'advise-driver-app': '調査手順のオプションでドライバーを指定する（ドライバー）',
    'advise-poolTagFile-cli': '--pooltag FILE を渡す',
    'advise-poolTagFile-app': '調査手順のオプションで pooltag.txt を選ぶ（プール タグ ファイル）',
    'advise-snapshotInterval-cli': '--interval SECONDS を大きくする',
    'advise-snapshotInterval-app': '調査手順のオプションでスナップショット間隔を大きくする',
    'advise-poolHitTag-cli': '--hit-tag TAG を渡す',
    'advise-poolHitTag-app': '調査手順のオプションで PoolHitTag のタグを設定する',
  },
  nouns: {
    allocation: '{{count}} 件の割り当て',
    'allocation-site': '{{count}} か所の割り当て箇所',
    snapshot: '{{count}} 回のスナップショット',
    'more-site': '{{count}} か所',
    other: 'ほか {{count}} か所',
  },
  join: { sentences: '。', and: ' と ', comma: '、', semicolon: '。' },
  bytes: '{{count}} バイト',
  scaledBytes: '{{size}}（{{exact}}）',
  rate: '{{size}}',
};

const tables: Record<string, ConclusionTextTable> = { 'zh-CN': zhCN, ja };

export function conclusionTextTable(language: string): ConclusionTextTable | null {
  return tables[language] ?? null;
}

/** How the view names what the core's message refers to: steps by id, step reasons by code. */
export interface ConclusionReferences {
  stepTitle(id: string, english: string): string;
  stepReason(english: string, message: StepReason | null): string;
}

/** A typed message in the language, or null when the language has no table (show the English). */
export function translateConclusionMessage(language: string, message: ConclusionMessage, refs: ConclusionReferences): string | null {
  const table = conclusionTextTable(language);
  if (!table) return null;
  const count = (n: number) => formatCount(n, language);
  const smallBytes = (n: number) => fillReasonTemplate(table.bytes, { count: count(Math.round(n)) });
  return spellConclusionMessage(message, {
    template: (code) => table.messages[code],
    count: (n, noun) => (noun ? fillReasonTemplate(table.nouns[noun], { count: count(n) }) : count(n)),
    // The same threshold as the core's English: below 10 KB in bytes, above it scaled with the exact count.
    bytes: (n) => (Math.abs(n) < 10 * 1024 ? smallBytes(n) : fillReasonTemplate(table.scaledBytes, { size: formatBytesBinary(n, language), exact: smallBytes(n) })),
    rate: (n) => fillReasonTemplate(table.rate, { size: formatBytesBinary(n, language) }),
    step: (id, title) => refs.stepTitle(id, title),
    // The core drops a reason's final period inside its sentence; so does the translation.
    reason: (text, typed) => refs.stepReason(text, typed).replace(/[.。]$/, ''),
    join: table.join,
  });
}

/** Step titles and reasons as the step list shows them (coreTextTranslations' public lookups). */
function viewReferences(language: string): ConclusionReferences {
  return { stepTitle: (id, title) => stepTitle(language, { id, title }), stepReason: (text, message) => coreReason(language, text, message) };
}

/** The summary and next step to show: translated from the typed messages, else the core's English. */
export function conclusionSentences(language: string, conclusion: Conclusion): { summary: string; next: string | null } {
  const messages = conclusion.messages;
  if (!messages) return { summary: conclusion.summary, next: conclusion.next };
  const refs = viewReferences(language);
  const summary = translateConclusionMessage(language, messages.summary, refs) ?? conclusion.summary;
  const next = conclusion.next === null ? null : messages.next ? (translateConclusionMessage(language, messages.next, refs) ?? conclusion.next) : conclusion.next;
  return { summary, next };
}
