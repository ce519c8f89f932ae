// `npm run bench -- <name>`: runs test/bench/<name>.bench.ts. Benchmarks report
// ratios against a baseline measured in the same process; they are not tests.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort();

const names = process.argv.slice(2);
if (names.length === 0) {
  process.stdout.write(`usage: npm run bench -- <name>...\navailable: ${available.join(', ') || '(none)'}\n`);
  process.exit(2);
}
for (const name of names) {
  if (!available.includes(name)) {
    process.stderr.write(`unknown benchmark '${name}'; available: ${available.join(', ')}\n`);
    process.exit(2);
  }
  const mod = (await import(pathToFileURL(path.join(benchDir, `${name}.bench.ts`)).href)) as { run: () => Promise<void> };
  await mod.run();
}
