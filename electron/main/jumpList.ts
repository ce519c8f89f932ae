// The Windows taskbar jump list: recent targets (each relaunches the app with
// --recent-target=<profile id>, which a running instance receives as its second
// launch), recently opened dumps/transcripts (Windows' own Recent category, fed by
// app.addRecentDocument) and a task for the demo target.
import type { JumpListCategory } from 'electron';
import type { RecentTarget } from './recentTargets';

export const recentTargetSwitch = '--recent-target=';
const profileIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

export function jumpListCategories(recent: readonly RecentTarget[], executable: string): JumpListCategory[] {
  const task = (title: string, description: string, args: string) => ({
    type: 'task' as const,
    title: title.slice(0, 250),
    description: description.slice(0, 250),
    program: executable,
    args,
    iconPath: executable,
    iconIndex: 0,
  });
  const categories: JumpListCategory[] = [];
  // Windows refuses an empty custom category.
  if (recent.length > 0) {
    categories.push({ type: 'custom', name: 'Recent targets', items: recent.map((t) => task(t.label, `Connect to ${t.label}`, `${recentTargetSwitch}${t.profile.id}`)) });
  }
  categories.push({ type: 'recent' });
  categories.push({ type: 'tasks', items: [task('Open the demo target', 'Start PoolSleuth on the built-in simulated kd', '--demo')] });
  return categories;
}

/** The recent target a launch asks for (a jump list entry), if its id is well-formed. */
export function recentTargetIdFromArgv(argv: readonly string[]): string | null {
  for (const arg of argv) {
    if (!arg.startsWith(recentTargetSwitch)) continue;
    const id = arg.slice(recentTargetSwitch.length);
    if (profileIdPattern.test(id)) return id;
  }
  return null;
}
