export type LaunchMode = { mode: 'electron' } | { mode: 'download' } | { mode: 'browser'; open: boolean; reason: string };

export function chooseLaunchMode(facts: {
  env: Record<string, string | undefined>;
  platform: string;
  isRoot: boolean;
  electronPath: string | null;
}): LaunchMode;

export function browserModeNotice(reason: string): string;
