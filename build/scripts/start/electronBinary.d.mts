// Types for electronBinary.mjs (used by test/electron).
export function findElectronBinary(): string | null;
export function downloadElectronBinary(timeoutMs?: number): { binary: string } | { binary: null; reason: string };
