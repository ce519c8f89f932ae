// Types of layerTable.js (plain JS, loaded by ESLint) for the tests that read it.
export interface LayerOptions {
  allowLayers: string[];
  forbidNodeBuiltins?: boolean;
  forbidPackages?: string[];
  allowPackages?: string[];
  why: string;
}

export declare const layers: Record<string, LayerOptions>;
export declare const nodeFreeFiles: Record<string, string[]>;
