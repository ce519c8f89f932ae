// Locale-aware numbers for the findings. Formatters are cached per locale because
// the allocation table formats tens of thousands of cells.
const countFormats = new Map<string, Intl.NumberFormat>();
const compactFormats = new Map<string, Intl.NumberFormat>();
const secondFormats = new Map<string, Intl.NumberFormat>();

function cached(map: Map<string, Intl.NumberFormat>, key: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = map.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    map.set(key, format);
  }
  return format;
}

export function formatCount(value: number, locale: string): string {
  return cached(countFormats, locale, locale, { maximumFractionDigits: 0 }).format(value);
}

/** kd's spelling of a size: lowercase hex with 0x. */
export function formatHex(value: number): string {
  return value < 0 ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`;
}

/** "4,184 (0x1058)": decimal for reading, hex for matching the debugger's output. */
export function formatBytes(value: number, locale: string): string {
  return `${formatCount(value, locale)} (${formatHex(value)})`;
}

/** Divides a size by `base` while it reaches it and a larger unit is left: 5,872,025 bytes at 1024 → 5.6 in unit 2 (MB). */
function scaleToUnit(size: number, base: number, unitCount: number): { scaled: number; unit: number } {
  let unit = 0;
  let scaled = size;
  while (scaled >= base && unit < unitCount - 1) {
    scaled /= base;
    unit++;
  }
  return { scaled, unit };
}

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Short sizes for chart axes and legends: "19.7 MB" (decimal units, one fraction digit). */
export function formatBytesCompact(value: number, locale: string): string {
  const { scaled, unit } = scaleToUnit(Math.abs(value), 1000, units.length);
  const digits = unit === 0 || scaled >= 100 ? 0 : 1;
  const format = cached(compactFormats, `${locale}|${unit}|${digits}`, locale, {
    style: 'unit',
    unit: units[unit]!,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  });
  return format.format(value < 0 ? -scaled : scaled);
}

const binaryUnits = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * Sizes the way kd and the core's summaries count them (1 MB = 1024 × 1024 bytes),
 * one fraction digit: "5.6 MB" — so a rate on the conclusion card matches its summary.
 */
export function formatBytesBinary(value: number, locale: string): string {
  const { scaled, unit } = scaleToUnit(Math.abs(value), 1024, binaryUnits.length);
  const digits = unit === 0 ? 0 : 1;
  const text = cached(compactFormats, `${locale}|binary|${digits}`, locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value < 0 ? -scaled : scaled);
  return `${text} ${binaryUnits[unit]}`;
}

/** Step and command durations: "<0.1 s", "0.4 s", "12 s". */
export function formatSeconds(ms: number, locale: string): string {
  const seconds = ms / 1000;
  const format = cached(secondFormats, `${locale}|${seconds < 10 ? 1 : 0}`, locale, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'short',
    maximumFractionDigits: seconds < 10 ? 1 : 0,
    minimumFractionDigits: seconds < 10 ? 1 : 0,
  });
  if (seconds < 0.1) return `<${format.format(0.1)}`;
  return format.format(seconds);
}

/**
 * Kilobytes as kd's tools count them (1 MB = 1024 KB), in MB until 10,240 MB, then GB,
 * then TB: "160 MB", "16 TB" (an x64 pool maximum reads badly as 16,777,216 MB).
 */
export function formatMegabytesFromKb(kb: number, locale: string): string {
  let value = kb / 1024;
  let unit = 'MB';
  for (const larger of ['GB', 'TB']) {
    if (value < 10240) break;
    value /= 1024;
    unit = larger;
  }
  return `${formatCount(Math.round(value), locale)} ${unit}`;
}

/** Axis numbers: up to one fraction digit. */
export function formatTick(value: number, locale: string): string {
  return cached(countFormats, `${locale}|tick`, locale, { maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fraction < 0.1 ? 1 : 0 }).format(fraction);
}

/** The file name of a Windows or POSIX path, for narrow columns ("handleioctl.c"). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** "handleioctl.c:50", or null when the site has no source line. */
export function sourceLabel(file: string | null, line: number | null): string | null {
  if (!file) return null;
  return line === null ? baseName(file) : `${baseName(file)}:${line}`;
}
