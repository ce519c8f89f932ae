// Small text pieces the conclusion builders share: sizes, source locations, module names.

/** 0x9ce000 bytes → "9.8 MB (10,280,960 bytes)"; small sizes stay in bytes. */
export function bytesText(bytes: number): string {
  const exact = `${Math.round(bytes).toLocaleString('en-US')} bytes`;
  if (Math.abs(bytes) < 10 * 1024) return exact;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]} (${exact})`;
}

/** Bytes per minute as "5.9 MB/min". */
export function rateText(bytesPerMinute: number): string {
  const abs = Math.abs(bytesPerMinute);
  const sign = bytesPerMinute < 0 ? '-' : '';
  if (abs >= 1024 * 1024) return `${sign}${(abs / (1024 * 1024)).toFixed(1)} MB/min`;
  if (abs >= 1024) return `${sign}${(abs / 1024).toFixed(1)} KB/min`;
  return `${sign}${Math.round(abs)} bytes/min`;
}

/** "c:\src\leakydrv\record.c", 41 → "record.c:41". */
export function sourceText(file: string | null, line: number | null): string | null {
  if (!file) return null;
  const name = file.split(/[\\/]/).pop() ?? file;
  return line !== null ? `${name}:${line}` : name;
}

/** "leakydrv!LeakyAllocateRecord+0x29" → "leakydrv". */
export function moduleOfSymbol(symbol: string | null): string | null {
  const bang = symbol?.indexOf('!') ?? -1;
  return bang > 0 ? symbol!.slice(0, bang) : null;
}

export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
