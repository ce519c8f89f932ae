// Patterns that were quadratic in this code base (and safe ones), for linearPatterns.test.ts.
export const patterns = [
  /^\s*(\*?)\s*([0-9a-f]{8})\s+size:/,
  /^\s*#?\s*(?:Child-SP|ChildEBP)\s+RetAddr/i,
  /^\s*([^|]{1,1024})\((\d{1,9})\)/,
  /\s+$/,
  /\*{3,}\s*[A-Za-z0-9]/,
  new RegExp('(?:Tag|tag)\\s*:?\\s*\\('),
  /^\s*(?:(\*)\s*)?([0-9a-f]{8})\s+size:/,
  /^\s*Owning component\s*:\s*(.+)$/, // \s gives back U+2028, which . cannot take
  /^\s*Owning component\s*:(.+)$/,
  /^\s*([^|\s][^|]{0,1023})\(/,
  /\*{3}\s*[A-Za-z0-9]/,
];
