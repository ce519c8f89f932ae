// The UI's own preferences (Settings): theme, console scrollback, the default debugger
// program for new local targets, and the pool-tag file used when the investigation
// options name none. Kept in localStorage (this window's origin), re-validated on load;
// one module-level store so every part of the page sees a change at once.
import { useSyncExternalStore } from 'react';
import type { PoolTagFileChoice } from '../investigation/state/runOptions';

export type ThemeChoice = 'system' | 'light' | 'dark';
export const themeChoices: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export interface UiPreferences {
  theme: ThemeChoice;
  /** Lines xterm keeps above the screen. */
  scrollback: number;
  /** Debugger program a new local target starts with ('' = kd.exe). */
  defaultDebugger: string;
  defaultPoolTagFile: PoolTagFileChoice | null;
}

export const scrollbackLimits = { min: 1_000, max: 1_000_000 } as const;

export const defaultPreferences: UiPreferences = { theme: 'system', scrollback: 100_000, defaultDebugger: '', defaultPoolTagFile: null };

const storageKey = 'poolsleuth.preferences';

/** Stored JSON → preferences; anything odd falls back field by field. */
export function readPreferences(value: unknown): UiPreferences {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const file = v.defaultPoolTagFile as { name?: unknown; text?: unknown } | null | undefined;
  return {
    theme: themeChoices.includes(v.theme as ThemeChoice) ? (v.theme as ThemeChoice) : defaultPreferences.theme,
    scrollback:
      typeof v.scrollback === 'number' && Number.isInteger(v.scrollback) && v.scrollback >= scrollbackLimits.min && v.scrollback <= scrollbackLimits.max
        ? v.scrollback
        : defaultPreferences.scrollback,
    defaultDebugger: typeof v.defaultDebugger === 'string' && v.defaultDebugger.length <= 4096 && !/[\u0000-\u001f]/.test(v.defaultDebugger) ? v.defaultDebugger : '',
    defaultPoolTagFile:
      file && typeof file.name === 'string' && typeof file.text === 'string' && file.name.length <= 255 ? { name: file.name, text: file.text } : null,
  };
}

function load(): UiPreferences {
  try {
    const raw = localStorage.getItem(storageKey);
    return raw === null ? defaultPreferences : readPreferences(JSON.parse(raw));
  } catch {
    return defaultPreferences;
  }
}

let current: UiPreferences | null = null;
const listeners = new Set<() => void>();

export function preferences(): UiPreferences {
  return (current ??= load());
}

/** Applies at once; returns false when the browser would not store it (then it lasts for this page only). */
export function savePreferences(change: Partial<UiPreferences>): boolean {
  current = { ...preferences(), ...change };
  for (const listener of listeners) listener();
  try {
    localStorage.setItem(storageKey, JSON.stringify(current));
    return true;
  } catch {
    return false;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePreferences(): UiPreferences {
  return useSyncExternalStore(subscribe, preferences);
}
