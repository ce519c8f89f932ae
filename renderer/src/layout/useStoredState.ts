// useState that survives reloads via localStorage. Values are re-validated on
// load because storage is shared with whatever ran on this origin before.
import { useCallback, useState } from 'react';

export function useStoredState<T>(key: string, fallback: T, accept: (value: unknown) => value is T): [T, (value: T) => void] {
  return useRestoredState(key, fallback, (value) => (accept(value) ? value : null));
}

/** Like useStoredState, but `restore` may convert an older stored shape (null: use the fallback). */
export function useRestoredState<T>(key: string, fallback: T, restore: (value: unknown) => T | null): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(key);
      if (raw !== null) return restore(JSON.parse(raw)) ?? fallback;
    } catch {
      // Unreadable or disabled storage: use the default.
    }
    return fallback;
  });
  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Not persisted; the value still applies now.
      }
    },
    [key],
  );
  return [value, store];
}
