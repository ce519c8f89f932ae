// Which npm packages the packaged app loads at run time: the bare imports of the
// built main bundle and kdsim bundle, plus their non-optional dependencies, read
// from node_modules. The app.asar must hold exactly these (build/electron-builder.yml).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const importPatterns = [/\brequire\("([^"]+)"\)/g, /\bfrom\s*"([^"]+)"/g, /\bimport\("([^"]+)"\)/g];

/** 'zod/v4' → 'zod', '@scope/pkg/sub' → '@scope/pkg'; null for relative paths, built-ins and 'electron'. */
export function packageNameOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  if (name === 'electron' || builtinModules.includes(name)) return null;
  return name;
}

export function bareImportsOf(code) {
  const names = new Set();
  for (const pattern of importPatterns) for (const match of code.matchAll(pattern)) {
    const name = packageNameOf(match[1]);
    if (name) names.add(name);
  }
  return names;
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(c|m)?js$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The packages `bundleDirs` import, closed over package.json `dependencies` (optional ones are not needed). */
export function runtimePackages(root, bundleDirs) {
  const roots = new Set();
  for (const dir of bundleDirs) for (const file of filesUnder(join(root, dir))) for (const name of bareImportsOf(readFileSync(file, 'utf8'))) roots.add(name);
  const closure = new Set();
  const visit = (name) => {
    if (closure.has(name)) return;
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) throw new Error(`runtime package ${name} is not installed`);
    closure.add(name);
    for (const dependency of Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).dependencies ?? {})) visit(dependency);
  };
  for (const name of roots) visit(name);
  return { roots, closure };
}
