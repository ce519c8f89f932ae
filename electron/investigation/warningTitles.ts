// One fixed English title per warning code. Numbers, names and addresses go in the
// warning's detail, so a view can translate the title by its code alone.
export const WARNING_TITLES = {
  'symbol-path-unknown': 'Could not read the symbol path',
  'lines-unknown': 'Line-number loading could not be confirmed',
  'several-verified-drivers': 'Several verified drivers hold pool; investigating the largest',
  'driver-not-loaded': 'The driver is not in the loaded module list',
  'pool-tracking-disabled': 'Pool Tracking was not enabled',
  'driver-not-verified': 'The driver is not verified by Driver Verifier',
  'allocation-list-incomplete': '!verifier listed only some of the allocations',
  'line-info-missing': 'Some callers have no source line',
  'stacks-not-recorded': 'Some allocations were never looked up in the recorded log',
  'verifier-log-empty': 'The verifier pool log is empty',
  'verifier-log-wrapped': 'The verifier log has wrapped: some allocations have no stack',
  'verifier-log-no-entry': 'No verifier log entry for the block',
  'target-broke-in': 'The target broke into the debugger by itself while running',
  'step-failed': 'A step failed',
  'unreadable-output': 'The debugger’s answer could not be read',
} as const;

export type WarningCode = keyof typeof WARNING_TITLES;

export function warningTitle(code: WarningCode): string {
  return WARNING_TITLES[code];
}
