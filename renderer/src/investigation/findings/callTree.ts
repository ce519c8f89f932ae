// Merges every leaked allocation's call stack into one tree of leaked bytes:
// root = all leaks, then the outermost frame … down to the allocation site (a leaf
// per site). A site's bytes are shared between its stacks by allocation count,
// so each level adds up exactly to its parent.
import type { AllocationSite, StackFrameView } from '../../../../electron/contract';

export interface CallTreeNode {
  /** Unique among its siblings: the frame's symbol (else address), or the site id for a leaf. */
  key: string;
  label: string;
  /** The frame's address (for `ln`); null for the root, leaves use the site's caller. */
  address: string | null;
  kind: 'root' | 'frame' | 'no-stack' | 'site';
  bytes: number;
  allocations: number;
  children: CallTreeNode[];
  /** Leaves only. */
  site: AllocationSite | null;
  depth: number;
  parent: CallTreeNode | null;
}

const NO_STACK_KEY = '\u0000no-stack';

function node(key: string, label: string, address: string | null, kind: CallTreeNode['kind'], parent: CallTreeNode | null): CallTreeNode {
  return { key, label, address, kind, bytes: 0, allocations: 0, children: [], site: null, depth: parent ? parent.depth + 1 : 0, parent };
}

/** Splits `total` into integer parts proportional to `weights` that sum exactly to `total`. */
export function shareOut(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  let cumulative = 0;
  let given = 0;
  return weights.map((w) => {
    cumulative += w;
    const upTo = Math.round((total * cumulative) / sum);
    const part = upTo - given;
    given = upTo;
    return part;
  });
}

/** The frames above the allocation site, outermost first (the site's own frame and the allocator's frames dropped). */
export function outerFrames(frames: readonly StackFrameView[], site: AllocationSite): StackFrameView[] {
  let at = site.caller ? frames.findIndex((f) => f.address === site.caller) : -1;
  if (at < 0 && site.symbol) at = frames.findIndex((f) => f.symbol === site.symbol);
  return frames.slice(at + 1).reverse();
}

function childFor(parent: CallTreeNode, children: Map<CallTreeNode, Map<string, CallTreeNode>>, key: string, make: () => CallTreeNode): CallTreeNode {
  let byKey = children.get(parent);
  if (!byKey) {
    byKey = new Map();
    children.set(parent, byKey);
  }
  let child = byKey.get(key);
  if (!child) {
    child = make();
    byKey.set(key, child);
    parent.children.push(child);
  }
  return child;
}

export function buildCallTree(sites: readonly AllocationSite[], rootLabel: string): CallTreeNode {
  const root = node('', rootLabel, null, 'root', null);
  const children = new Map<CallTreeNode, Map<string, CallTreeNode>>();
  for (const site of sites) {
    const paths: { frames: StackFrameView[] | null; allocations: number }[] = site.stacks.map((s) => ({
      frames: outerFrames(s.frames, site),
      allocations: s.allocations,
    }));
    if (site.allocationsWithoutStack > 0 || paths.length === 0) {
      paths.push({ frames: null, allocations: paths.length === 0 ? site.allocations : site.allocationsWithoutStack });
    }
    const bytes = shareOut(site.bytes, paths.map((p) => p.allocations));
    paths.forEach((path, i) => {
      const add = (n: CallTreeNode) => {
        n.bytes += bytes[i]!;
        n.allocations += path.allocations;
      };
      add(root);
      let at = root;
      if (path.frames === null) {
        at = childFor(at, children, NO_STACK_KEY, () => node(NO_STACK_KEY, '', null, 'no-stack', at));
        add(at);
      } else {
        for (const frame of path.frames) {
          const key = frame.symbol ?? frame.address;
          const parent = at;
          at = childFor(parent, children, key, () => node(key, frame.symbol ?? frame.address, frame.address, 'frame', parent));
          add(at);
        }
      }
      const parent = at;
      const leaf = childFor(parent, children, `site:${site.id}`, () => {
        const n = node(`site:${site.id}`, site.symbol ?? site.caller ?? site.tag, site.caller, 'site', parent);
        n.site = site;
        return n;
      });
      add(leaf);
    });
  }
  sortTree(root);
  return root;
}

/** Largest first, then by label, so the graph reads left to right by weight. */
function sortTree(n: CallTreeNode): void {
  n.children.sort((a, b) => b.bytes - a.bytes || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  for (const c of n.children) sortTree(c);
}

export function treeDepth(n: CallTreeNode): number {
  let max = n.depth;
  for (const c of n.children) max = Math.max(max, treeDepth(c));
  return max;
}

/** Path from the root to `n`, root first. */
export function ancestry(n: CallTreeNode): CallTreeNode[] {
  const path: CallTreeNode[] = [];
  for (let at: CallTreeNode | null = n; at; at = at.parent) path.unshift(at);
  return path;
}
