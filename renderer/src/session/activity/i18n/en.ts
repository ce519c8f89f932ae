// English strings of the session activity line (top-level key `activity`).
// breakFailed repeats the core's own sentence, so English shows it word for word.
export const activityEn = {
  label: 'What the debugger is doing',
  loadingSymbols: 'Loading symbols…',
  readingVerifierLog: 'Reading the Driver Verifier log…',
  breakPending: 'Break sent…',
  breakFailed: 'The debugger did not stop within {{seconds}} s; it may not receive Ctrl+C (a wrapper script?). Disconnect to end it, or wait.',
  printing: 'The debugger is still printing',
  targetRunning: 'Debuggee is running…',
  targetBusy: 'The debugger is busy (*BUSY*)',
  waitingToReconnect: 'Waiting to reconnect…',
  commandsQueued: 'Commands waiting for the target to stop: {{count}}',
  elapsed: 'for {{time}}',
  cancel: 'Cancel (Break)',
  cancelTitle: 'Stops it: sends Break (Ctrl+C) to the debugger',
  disconnectNow: 'Disconnect now',
  disconnectNowTitle: 'Ends the debugger and this session',
};

export type ActivityMessages = typeof activityEn;
