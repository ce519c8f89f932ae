// Types of nodeEntryBundle.mjs for the TypeScript that imports it (the integration tests' setup).
export function bundleNodeEntry(options: { root: string; name: string; entry: string; outDir: string }): Promise<string>;
