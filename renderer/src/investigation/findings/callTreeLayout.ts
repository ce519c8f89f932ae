// Rectangles of the call tree for an SVG of a given width, zoomed on one node:
// its ancestors span the full width (to climb back), its subtree is scaled to fill it.
import { ancestry, type CallTreeNode } from './callTree';

export interface TreeRect {
  node: CallTreeNode;
  x: number;
  width: number;
  row: number;
}

/** What the widths stand for: leaked bytes (default) or the number of allocations. */
export type TreeMeasure = 'bytes' | 'allocations';

export function layoutCallTree(root: CallTreeNode, zoom: CallTreeNode, widthPx: number, minWidthPx = 2, measure: TreeMeasure = 'bytes'): TreeRect[] {
  const rects: TreeRect[] = [];
  for (const n of ancestry(zoom).slice(0, -1)) rects.push({ node: n, x: 0, width: widthPx, row: n.depth - root.depth });
  const size = (n: CallTreeNode) => n[measure];
  const scale = size(zoom) > 0 ? widthPx / size(zoom) : 0;
  const place = (n: CallTreeNode, x: number, width: number) => {
    rects.push({ node: n, x, width, row: n.depth - root.depth });
    let childX = x;
    for (const c of n.children) {
      const w = n === zoom && size(zoom) === 0 ? width / n.children.length : size(c) * scale;
      if (w >= minWidthPx) place(c, childX, w);
      childX += w;
    }
  };
  place(zoom, 0, widthPx);
  return rects;
}

/** Keyboard moves in the graph: up = caller side (parent), down = callee side (largest child), left/right = siblings. */
export function neighbour(visible: ReadonlySet<CallTreeNode>, from: CallTreeNode, key: string): CallTreeNode | null {
  switch (key) {
    case 'ArrowUp':
      return from.parent && visible.has(from.parent) ? from.parent : null;
    case 'ArrowDown':
      return from.children.find((c) => visible.has(c)) ?? null;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const siblings = from.parent ? from.parent.children.filter((c) => visible.has(c)) : [];
      const at = siblings.indexOf(from);
      const next = siblings[at + (key === 'ArrowLeft' ? -1 : 1)];
      return next ?? null;
    }
    default:
      return null;
  }
}

/** Cuts a label to fit `widthPx` at about `charPx` per character, with an ellipsis. */
export function fitLabel(label: string, widthPx: number, charPx = 6.6): string {
  const room = Math.floor((widthPx - 8) / charPx);
  if (room <= 1) return '';
  if (label.length <= room) return label;
  return `${label.slice(0, room - 1)}…`;
}
