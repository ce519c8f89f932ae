// 会话活动行的简体中文字符串（最上层键 `activity`）。
import type { ActivityMessages } from './en';

export const activityZhCN: ActivityMessages = {
  label: '调试器正在做什么',
  loadingSymbols: '正在加载符号…',
  readingVerifierLog: '正在读取 Driver Verifier 日志…',
  breakPending: '已发送中断…',
  breakFailed: '调试器在 {{seconds}} 秒内没有停止；它可能收不到 Ctrl+C（是否经过包装脚本？）。可断开连接以结束它，或继续等待。',
  printing: '调试器仍在输出',
  targetRunning: '被调试目标正在运行…',
  targetBusy: '调试器正忙（*BUSY*）',
  waitingToReconnect: '正在等待重新连接…',
  commandsQueued: '等待目标停止的命令：{{count}} 条',
  elapsed: '已持续 {{time}}',
  cancel: '取消（中断）',
  cancelTitle: '停止它：向调试器发送中断（Ctrl+C）',
  disconnectNow: '立即断开',
  disconnectNowTitle: '结束调试器和本次会话',
};
