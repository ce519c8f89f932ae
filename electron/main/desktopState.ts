// What the desktop shell remembers between runs: the window's bounds and the
// debugger a crash dump was last opened with. desktop-state.json in Electron's
// userData folder; never a secret. (The split between panel and console is the
// page's own: localStorage of the app:// origin, which Electron keeps on disk.)
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
});

const desktopStateSchema = z.object({
  window: boundsSchema.extend({ maximized: z.boolean() }).optional(),
  /** kd.exe / cdb.exe last used for a crash dump. */
  debuggerPath: z.string().min(1).max(4096).optional(),
});

export type WindowBounds = z.infer<typeof boundsSchema>;
export type DesktopState = z.infer<typeof desktopStateSchema>;

export interface DesktopStateStore {
  read(): DesktopState;
  update(change: Partial<DesktopState>): void;
}

export const desktopStateFileName = 'desktop-state.json';

export function createDesktopStateStore(dir: string): DesktopStateStore {
  const file = join(dir, desktopStateFileName);
  let cached: DesktopState | null = null;
  const read = (): DesktopState => {
    if (cached) return cached;
    try {
      const parsed = desktopStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      // A damaged or foreign file is ignored (and replaced on the next save), not fatal.
      cached = parsed.success ? parsed.data : {};
    } catch {
      cached = {};
    }
    return cached;
  };
  return {
    read,
    update(change) {
      cached = { ...read(), ...change };
      try {
        mkdirSync(dir, { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, `${JSON.stringify(cached, null, 2)}\n`, { mode: 0o600 });
        renameSync(temporary, file);
      } catch (err) {
        console.warn(`PoolSleuth: could not save ${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}
