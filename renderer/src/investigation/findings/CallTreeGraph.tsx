// The call tree of leaked bytes as an icicle/flame graph in SVG: the outermost
// caller on top, the allocation sites at the bottom, widths by bytes. Hover or focus
// shows a tooltip; arrow keys walk the tree, Enter zooms, Escape zooms out, L runs `ln`.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationSite } from '../../../../electron/contract';
import { isSafeAddress } from '../console/consoleCommands';
import { useRunCommand } from '../console/useConsoleCommands';
import { formatBytes, formatCount, formatPercent, sourceLabel } from '../format/numberFormat';
import { buildCallTree, treeDepth, type CallTreeNode } from './callTree';
import { fitLabel, layoutCallTree, neighbour, type TreeMeasure, type TreeRect } from './callTreeLayout';
import { moduleOfSymbol } from './findingSelectors';
import { useElementWidth } from './useElementSize';

const ROW = 20;
const GAP = 1;

export function CallTreeGraph({ sites, driverModule }: { sites: readonly AllocationSite[]; driverModule: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const run = useRunCommand();
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef);
  const root = useMemo(() => buildCallTree(sites, ''), [sites]);
  const depth = useMemo(() => treeDepth(root), [root]);
  const [zoom, setZoom] = useState<CallTreeNode>(root);
  const [focused, setFocused] = useState<CallTreeNode | null>(null);
  const [hovered, setHovered] = useState<{ node: CallTreeNode; x: number; y: number } | null>(null);
  const [focusInside, setFocusInside] = useState(false);
  const [measure, setMeasure] = useState<TreeMeasure>('bytes');
  const nodeRefs = useRef(new Map<CallTreeNode, SVGGElement>());

  // A new tree (re-run) starts unzoomed.
  const zoomRoot = zoomBelongsTo(zoom, root) ? zoom : root;
  const rects = useMemo(() => layoutCallTree(root, zoomRoot, width, 1, measure), [root, zoomRoot, width, measure]);
  const visible = useMemo(() => new Set(rects.map((r) => r.node)), [rects]);
  const current = focused && visible.has(focused) ? focused : root;

  if (root.bytes === 0 || root.children.length === 0) return <p className="inv-muted">{t('inv.callTree.empty')}</p>;

  const label = (n: CallTreeNode) =>
    n.kind === 'root'
      ? `${t('inv.callTree.root')} — ${t('inv.callTree.total', { bytes: formatBytes(n.bytes, lang), allocations: formatCount(n.allocations, lang) })}`
      : n.kind === 'no-stack'
        ? t('inv.callTree.noStack')
        : n.label;
  const describe = (n: CallTreeNode) =>
    t('inv.callTree.node', {
      label: n.kind === 'site' && n.site ? `${label(n)} — ${n.site.tag}${sourceLabel(n.site.file, n.site.line) ? ` — ${sourceLabel(n.site.file, n.site.line)}` : ''}` : label(n),
      bytes: formatBytes(n.bytes, lang),
      percent: formatPercent(root.bytes ? n.bytes / root.bytes : 0, lang),
      allocations: formatCount(n.allocations, lang),
    });

  const focusNode = (n: CallTreeNode) => {
    setFocused(n);
    nodeRefs.current.get(n)?.focus();
  };

  const onKey = (ev: KeyboardEvent<SVGGElement>, n: CallTreeNode) => {
    const next = neighbour(visible, n, ev.key);
    if (next) focusNode(next);
    else if (ev.key === 'Enter' || ev.key === ' ') setZoom(n);
    else if (ev.key === 'Escape' || ev.key === 'Backspace') setZoom(zoomRoot.parent ?? root);
    else if (ev.key === 'Home') focusNode(root);
    else if ((ev.key === 'l' || ev.key === 'L') && n.address && isSafeAddress(n.address)) run({ kind: 'ln', address: n.address });
    else return;
    ev.preventDefault();
  };

  const height = (depth + 1) * (ROW + GAP);
  const tip = hovered ?? (focusInside && focused && visible.has(focused) ? { node: focused, ...tipAnchor(rects, focused) } : null);

  return (
    <div className="inv-flame" ref={wrapRef}>
      <div className="inv-flame-toolbar">
        <div className="segmented inv-measure" role="radiogroup" aria-label={t('inv.callTree.measure')}>
          {(['bytes', 'allocations'] as const).map((m) => (
            <label key={m} className={measure === m ? 'segment selected' : 'segment'}>
              <input type="radio" name="inv-tree-measure" value={m} checked={measure === m} onChange={() => setMeasure(m)} />
              {t(`inv.callTree.by.${m}`)}
            </label>
          ))}
        </div>
        <span className="inv-muted">{zoomRoot === root ? t('inv.callTree.keys') : t('inv.callTree.zoomed', { label: label(zoomRoot) })}</span>
        {zoomRoot !== root && (
          <button type="button" className="btn btn-small" onClick={() => setZoom(root)}>
            {t('inv.callTree.zoomOut')}
          </button>
        )}
        {current.address && isSafeAddress(current.address) && (
          <button type="button" className="btn btn-small mono" onClick={() => run({ kind: 'ln', address: current.address! })}>
            {t('inv.callTree.lookUp', { address: current.address })}
          </button>
        )}
      </div>
      <svg
        role="tree"
        aria-label={t('inv.callTree.label')}
        aria-describedby="inv-flame-description"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        className="inv-flame-svg"
        onMouseLeave={() => setHovered(null)}
        onFocus={() => setFocusInside(true)}
        onBlur={(ev) => {
          if (!ev.currentTarget.contains(ev.relatedTarget as Node | null)) setFocusInside(false);
        }}
      >
        {rects.map((r) => (
          <FlameNode
            key={nodePath(r.node)}
            rect={r}
            text={label(r.node)}
            description={describe(r.node)}
            tone={toneOf(r.node, driverModule)}
            tabbable={r.node === current}
            dimmed={r.node.depth < zoomRoot.depth}
            register={(el) => {
              if (el) nodeRefs.current.set(r.node, el);
              else nodeRefs.current.delete(r.node);
            }}
            onFocus={() => setFocused(r.node)}
            onKeyDown={(ev) => onKey(ev, r.node)}
            onClick={() => {
              focusNode(r.node);
              setZoom(r.node);
            }}
            onHover={(x, y) => setHovered(x < 0 ? null : { node: r.node, x, y })}
          />
        ))}
      </svg>
      {tip && (
        <div className="inv-tooltip" role="presentation" style={{ left: Math.min(Math.max(tip.x, 0), Math.max(width - 280, 0)), top: tip.y + ROW + 4 }}>
          {describe(tip.node)}
        </div>
      )}
      <p id="inv-flame-description" className="inv-sr-only">
        {t('inv.callTree.description')}
      </p>
    </div>
  );
}

interface FlameNodeProps {
  rect: TreeRect;
  text: string;
  description: string;
  tone: string;
  tabbable: boolean;
  dimmed: boolean;
  register(el: SVGGElement | null): void;
  onFocus(): void;
  onKeyDown(ev: KeyboardEvent<SVGGElement>): void;
  onClick(): void;
  onHover(x: number, y: number): void;
}

function FlameNode({ rect, text, description, tone, tabbable, dimmed, register, onFocus, onKeyDown, onClick, onHover }: FlameNodeProps) {
  const y = rect.row * (ROW + GAP);
  // Slivers stay visible (and clickable) at 3 px; the tooltip gives the real share.
  const w = Math.max(rect.width - GAP, 3);
  const n = rect.node;
  const siblings = n.parent?.children ?? [n];
  return (
    <g
      ref={register}
      role="treeitem"
      aria-level={n.depth + 1}
      aria-setsize={siblings.length}
      aria-posinset={siblings.indexOf(n) + 1}
      aria-expanded={n.children.length > 0 ? true : undefined}
      aria-label={description}
      tabIndex={tabbable ? 0 : -1}
      className={`inv-flame-node inv-tone-${tone}${dimmed ? ' inv-flame-dim' : ''}`}
      transform={`translate(${rect.x},${y})`}
      onFocus={onFocus}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onMouseMove={() => onHover(rect.x, y)}
      onMouseLeave={() => onHover(-1, -1)}
    >
      <rect width={w} height={ROW} rx={2} />
      <text x={4} y={ROW / 2} dominantBaseline="central" aria-hidden="true">
        {fitLabel(text, w)}
      </text>
    </g>
  );
}

/** Colour family: the driver's own frames, the allocation sites, the kernel, the rest. */
function toneOf(n: CallTreeNode, driverModule: string | null): string {
  if (n.kind === 'root') return 'root';
  if (n.kind === 'site') return 'site';
  if (n.kind === 'no-stack') return 'nostack';
  const module = moduleOfSymbol(n.label);
  if (driverModule && module === driverModule) return 'driver';
  if (module === 'nt' || module === 'verifierext' || module === 'hal') return 'kernel';
  return 'other';
}

function nodePath(n: CallTreeNode): string {
  const keys: string[] = [];
  for (let at: CallTreeNode | null = n; at; at = at.parent) keys.push(at.key);
  return keys.join('\u0001');
}

function zoomBelongsTo(zoom: CallTreeNode, root: CallTreeNode): boolean {
  let at: CallTreeNode | null = zoom;
  while (at?.parent) at = at.parent;
  return at === root;
}

function tipAnchor(rects: TreeRect[], n: CallTreeNode): { x: number; y: number } {
  const r = rects.find((x) => x.node === n);
  return r ? { x: r.x, y: r.row * (ROW + GAP) } : { x: 0, y: 0 };
}
