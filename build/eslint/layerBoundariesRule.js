// ESLint rule `poolsleuth/layer-boundaries`: what a folder may import
// (DESIGN.md §2). Relative imports are resolved against the importing file, so
// `../common` inside electron/parsers/sub/ is fine while `../debugger` from
// electron/parsers/ is not — a string pattern cannot tell those apart.
// Checks static imports, re-exports, import() and require() with literal specifiers.
import { builtinModules } from 'node:module';
import path from 'node:path';

const nodeBuiltins = new Set(builtinModules.filter((name) => !name.startsWith('_')));

function isNodeBuiltin(specifier) {
  if (specifier.startsWith('node:')) return true;
  return nodeBuiltins.has(specifier) || nodeBuiltins.has(specifier.split('/')[0]);
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** 'electron/parsers/a/b.ts' and 'electron/parsers' → 'electron/parsers'; 'renderer/src/x.ts' → 'renderer'. */
export function layerOf(repoRelativePath) {
  const parts = repoRelativePath.split(/[\\/]/);
  if (parts[0] === 'electron' && parts.length >= 2) return `electron/${parts[1]}`;
  return parts[0];
}

export const layerBoundariesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each folder to the imports its layer may use (DESIGN.md §2)' },
    schema: [
      {
        type: 'object',
        properties: {
          allowLayers: { type: 'array', items: { type: 'string' } },
          forbidNodeBuiltins: { type: 'boolean' },
          forbidPackages: { type: 'array', items: { type: 'string' } },
          /** When given, the only npm packages the folder may import. */
          allowPackages: { type: 'array', items: { type: 'string' } },
          why: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      layer: "{{from}} may not import from {{to}} ('{{specifier}}'). {{why}}",
      builtin: "{{from}} may not use the Node built-in '{{specifier}}'. {{why}}",
      package: "{{from}} may not import the '{{specifier}}' package. {{why}}",
    },
  },
  create(context) {
    const { allowLayers = [], forbidNodeBuiltins = false, forbidPackages = [], allowPackages, why = '' } = context.options[0] ?? {};
    const root = context.cwd;
    const filename = context.filename;
    const from = layerOf(path.relative(root, filename));

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      const data = { from, specifier, why };
      if (specifier.startsWith('.')) {
        const target = path.relative(root, path.resolve(path.dirname(filename), specifier));
        const to = layerOf(target);
        if (to !== from && !allowLayers.includes(to)) context.report({ node, messageId: 'layer', data: { ...data, to } });
      } else if (isNodeBuiltin(specifier)) {
        if (forbidNodeBuiltins) context.report({ node, messageId: 'builtin', data });
      } else if (forbidPackages.includes(packageName(specifier)) || (allowPackages && !allowPackages.includes(packageName(specifier)))) {
        context.report({ node, messageId: 'package', data });
      }
    }
    const checkSource = (node) => {
      if (node.source?.type === 'Literal') check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: checkSource,
      CallExpression(node) {
        const [first] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && first?.type === 'Literal') {
          check(first, first.value);
        }
      },
    };
  },
};
