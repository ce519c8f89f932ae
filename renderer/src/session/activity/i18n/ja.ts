// セッション アクティビティ行の日本語文字列（最上位キー `activity`）。
import type { ActivityMessages } from './en';

export const activityJa: ActivityMessages = {
  label: 'デバッガーの動作状況',
  loadingSymbols: 'シンボルを読み込み中…',
  readingVerifierLog: 'Driver Verifier のログを読み取り中…',
  breakPending: 'ブレークを送信しました…',
  breakFailed: 'デバッガーは {{seconds}} 秒以内に停止しませんでした。Ctrl+C を受け取れない可能性があります（ラッパー スクリプト経由？）。切断して終了するか、このまま待ってください。',
  printing: 'デバッガーはまだ出力中です',
  targetRunning: 'デバッグ対象は実行中です…',
  targetBusy: 'デバッガーはビジーです（*BUSY*）',
  waitingToReconnect: '再接続を待っています…',
  commandsQueued: 'ターゲットの停止を待つコマンド: {{count}} 件',
  elapsed: '経過 {{time}}',
  cancel: 'キャンセル（ブレーク）',
  cancelTitle: '停止します: デバッガーにブレーク（Ctrl+C）を送ります',
  disconnectNow: '今すぐ切断',
  disconnectNowTitle: 'デバッガーとこのセッションを終了します',
};
