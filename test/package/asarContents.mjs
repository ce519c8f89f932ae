// What the packaged app.asar must and must not hold (docs/packaging.md, "Inside app.asar").
// Pure: takes the archive's file list, its package.json and the expected package set,
// returns the problems found.

/** Files the app loads at run time, besides package.json's `main`. */
export const requiredAppFiles = ['out/preload/index.cjs', 'out/renderer/index.html', 'out/kdsim/kdsim-utility.mjs'];

const forbidden = [
  { what: 'source map', test: (file) => file.endsWith('.map') },
  { what: 'TypeScript source', test: (file) => /\.(ts|tsx|mts|cts)$/.test(file) },
  { what: 'test folder', test: (file) => /(^|\/)(test|tests|__tests__)\//.test(file) },
  { what: 'project source or tooling (electron/, renderer/, build/, docs/, test/)', test: (file) => /^(electron|renderer|build|docs|test)\//.test(file) },
  { what: 'CLI bundle (the app cannot run it: RunAsNode is off)', test: (file) => file.startsWith('out/cli/') },
];

/** Package name of a path inside node_modules (the innermost one), or null. */
export function packageOf(file) {
  const at = file.lastIndexOf('node_modules/');
  if (at === -1 || (at > 0 && file[at - 1] !== '/')) return null;
  const match = /^((?:@[^/]+\/)?[^/]+)\//.exec(file.slice(at + 'node_modules/'.length));
  return match ? match[1] : null;
}

/**
 * @param {string[]} files archive paths without a leading slash, '/' separated
 * @param {{main: string}} packedPackageJson the package.json inside the archive
 * @param {{runtime: Set<string>, devDependencies: string[]}} expected packages the bundles load; the repo's devDependencies
 */
export function checkAsarContents(files, packedPackageJson, expected) {
  const problems = [];
  const present = new Set(files);
  const main = packedPackageJson.main?.replace(/^\.\//, '');
  if (!main || !present.has(main)) problems.push(`package.json "main" (${packedPackageJson.main}) is not in the archive`);
  for (const file of requiredAppFiles) if (!present.has(file)) problems.push(`missing ${file}`);

  const packages = new Set(files.map(packageOf).filter(Boolean));
  for (const name of expected.runtime) if (!packages.has(name)) problems.push(`runtime dependency ${name} is missing from node_modules`);
  const extra = [...packages].filter((name) => !expected.runtime.has(name));
  if (extra.length > 0) problems.push(`packages nothing loads at run time: ${extra.sort().join(', ')}`);
  for (const name of expected.devDependencies) if (packages.has(name)) problems.push(`devDependency ${name} is in the archive`);
  for (const rule of forbidden) {
    const hits = files.filter(rule.test);
    if (hits.length > 0) problems.push(`${hits.length} ${rule.what} file(s), e.g. ${hits.slice(0, 3).join(', ')}`);
  }
  return problems;
}
