// The code pages kdsim can write and read, like kd on a host with that ANSI code page
// (kept here, not imported: kdsim stands alone from the app it tests).
export const kdsimEncodings = ['utf-8', 'cp1252', 'cp936', 'cp932', 'cp949', 'utf-16le'] as const;
export type KdsimEncoding = (typeof kdsimEncodings)[number];

/** The iconv-lite name of an encoding. */
export function iconvEncodingName(encoding: KdsimEncoding): string {
  return encoding === 'utf-8' ? 'utf8' : encoding === 'utf-16le' ? 'utf16le' : encoding;
}
