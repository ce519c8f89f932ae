// Types for buildFreshness.mjs (used by test/electron).
export const requiredOutputs: string[];
export function staleBuildReason(root: string): string | null;
