// Up/Down history of the lines the user sent, like WinDbg's command window.
// Navigation keeps the line being drafted so Down past the newest entry brings it back.

export interface HistoryStorage {
  load(): string[];
  save(entries: readonly string[]): void;
}

export class CommandHistory {
  private readonly entries: string[];
  /** Index into entries while navigating; entries.length means "the draft". */
  private position: number;
  private draft = '';

  constructor(
    private readonly limit = 500,
    private readonly storage?: HistoryStorage,
  ) {
    this.entries = (storage?.load() ?? []).filter((e) => typeof e === 'string' && e.trim() !== '').slice(-limit);
    this.position = this.entries.length;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Records a sent line (blank lines and immediate repeats are not kept) and ends navigation. */
  add(line: string): void {
    if (line.trim() !== '' && this.entries[this.entries.length - 1] !== line) {
      this.entries.push(line);
      if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
      this.storage?.save(this.entries);
    }
    this.resetNavigation();
  }

  resetNavigation(): void {
    this.position = this.entries.length;
    this.draft = '';
  }

  /** The older entry to show, or null when already at the oldest. */
  previous(current: string): string | null {
    if (this.position === 0 || this.entries.length === 0) return null;
    if (this.position === this.entries.length) this.draft = current;
    this.position--;
    return this.entries[this.position] ?? null;
  }

  /** The newer entry to show (the draft after the newest), or null when not navigating. */
  next(): string | null {
    if (this.position >= this.entries.length) return null;
    this.position++;
    return this.position === this.entries.length ? this.draft : (this.entries[this.position] ?? null);
  }
}

/** Keeps history across launches; a broken or foreign value is ignored, never fatal. */
export function localStorageHistory(key: string): HistoryStorage {
  return {
    load() {
      try {
        const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? '[]');
        return Array.isArray(parsed) ? parsed.filter((e): e is string => typeof e === 'string' && e.length <= 8192) : [];
      } catch {
        return [];
      }
    },
    save(entries) {
      try {
        globalThis.localStorage?.setItem(key, JSON.stringify(entries));
      } catch {
        // Storage full or disabled: history simply is not persisted.
      }
    },
  };
}
