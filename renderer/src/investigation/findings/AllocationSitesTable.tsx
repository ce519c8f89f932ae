// The allocation sites table (contract: table "Allocation sites", columns Tag,
// Allocations, Bytes, Caller, Source). Windowed: only the rows in view are in the
// DOM, so 100,000 sites scroll like 3. Sortable by every column; each row opens a
// detail row (tag meaning, fix, addresses, stacks). One Tab stop for the body:
// arrow keys move between rows, Enter opens a row, Tab reaches the row's buttons.
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationSite } from '../../../../electron/contract';
import { CommandButton } from '../console/CommandButton';
import { formatBytes, formatCount, sourceLabel } from '../format/numberFormat';
import { SiteDetails } from './SiteDetails';
import { SourceLink } from './SourceLink';
import { defaultSiteSort, nextSort, sortSites, type SiteColumn, type SiteSort } from './sortSites';
import { useElementWidth } from './useElementSize';
import { fixedRows, scrollToShow, variableRows, visibleRange, type RowModel } from './windowing';

const columns: SiteColumn[] = ['tag', 'allocations', 'bytes', 'caller', 'source'];
const ROW_HEIGHT = { wide: 30, stacked: 50 } as const;
const DETAIL_ESTIMATE = 260;
const MAX_BODY_HEIGHT = 520;
const OPEN_BODY_HEIGHT = 760;
/**
 * Below this width the row uses two lines (caller and source under the numbers): one
 * line narrower than this cuts a typical caller (MyDriver!DeviceControlDispatch+0x27).
 */
const STACKED_BELOW = 700;

interface DisplayRow {
  site: AllocationSite;
  /** Position of the site in the sorted list. */
  index: number;
  detail: boolean;
}

interface AllocationSitesTableProps {
  sites: readonly AllocationSite[];
  driverModule: string | null;
  /** For the benchmark and tests: the body height without measuring the window. */
  maxBodyHeight?: number;
}

export function AllocationSitesTable({ sites, driverModule, maxBodyHeight = MAX_BODY_HEIGHT }: AllocationSitesTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [sort, setSort] = useState<SiteSort>(defaultSiteSort);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [detailHeights, setDetailHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const [focusRequest, setFocusRequest] = useState(0);
  const wrapRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapRef, 800);
  const layout = width < STACKED_BELOW ? 'stacked' : 'wide';
  const rowHeight = ROW_HEIGHT[layout];

  const sorted = useMemo(() => sortSites(sites, sort), [sites, sort]);
  // Every row is its own grid: the Bytes column gets one width for all of them (the
  // longest label, from the largest value) so the columns line up with the header.
  const bytesWidth = useMemo(() => {
    const largest = sites.reduce((max, site) => Math.max(max, site.bytes), 0);
    return `${formatBytes(largest, lang).length}ch`;
  }, [sites, lang]);
  // Without open rows every row has the same height: no per-row objects for 100k sites.
  const rows = useMemo<DisplayRow[] | null>(() => {
    if (expanded.size === 0) return null;
    const out: DisplayRow[] = [];
    sorted.forEach((site, index) => {
      out.push({ site, index, detail: false });
      if (expanded.has(site.id)) out.push({ site, index, detail: true });
    });
    return out;
  }, [sorted, expanded]);
  const model: RowModel = useMemo(
    () => (rows === null ? fixedRows(sorted.length, rowHeight) : variableRows(rows.map((r) => (r.detail ? (detailHeights.get(r.site.id) ?? DETAIL_ESTIMATE) : rowHeight)))),
    [rows, sorted.length, rowHeight, detailHeights],
  );
  const rowAt = useCallback((i: number): DisplayRow => rows?.[i] ?? { site: sorted[i]!, index: i, detail: false }, [rows, sorted]);
  const displayIndexOf = useCallback((siteIndex: number) => (rows === null ? siteIndex : rows.findIndex((r) => r.index === siteIndex && !r.detail)), [rows]);

  // An open row may need more room than the compact list.
  const bodyHeight = Math.min(model.total, expanded.size > 0 ? Math.max(maxBodyHeight, OPEN_BODY_HEIGHT) : maxBodyHeight);
  const { start, end } = visibleRange(model, scrollTop, bodyHeight);
  const activeIndex = Math.min(active, Math.max(sorted.length - 1, 0));

  // Detail rows report their real height; the offsets follow.
  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            setDetailHeights((prev) => {
              let next: Map<string, number> | null = null;
              for (const entry of entries) {
                const id = (entry.target as HTMLElement).dataset.siteId;
                const height = Math.ceil((entry.target as HTMLElement).offsetHeight);
                if (id && height > 0 && prev.get(id) !== height) (next ??= new Map(prev)).set(id, height);
              }
              return next ?? prev;
            });
          }),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  const measure = useCallback(
    (el: HTMLDivElement | null) => {
      if (!el || !observer) return;
      observer.observe(el);
      return () => observer.unobserve(el);
    },
    [observer],
  );

  // Keyboard moves put focus on the new active row once it is rendered.
  useEffect(() => {
    if (focusRequest === 0) return;
    bodyRef.current?.querySelector<HTMLElement>(`[data-site-index="${activeIndex}"]`)?.focus({ preventScroll: true });
  }, [focusRequest, activeIndex, start, end]);

  const moveTo = (siteIndex: number) => {
    const target = Math.min(Math.max(siteIndex, 0), sorted.length - 1);
    const body = bodyRef.current;
    if (body) {
      const top = scrollToShow(model, displayIndexOf(target), body.scrollTop, body.clientHeight);
      if (top !== body.scrollTop) {
        body.scrollTop = top;
        setScrollTop(top);
      }
    }
    setActive(target);
    setFocusRequest((n) => n + 1);
  };

  const toggle = (site: AllocationSite) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(site.id)) next.add(site.id);
      return next;
    });

  const onRowKey = (ev: KeyboardEvent<HTMLDivElement>, row: DisplayRow) => {
    const page = Math.max(Math.floor(bodyHeight / rowHeight) - 1, 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    if (ev.key in moves) moveTo(row.index + moves[ev.key]!);
    else if (ev.key === 'Home' && ev.target === ev.currentTarget) moveTo(0);
    else if (ev.key === 'End' && ev.target === ev.currentTarget) moveTo(sorted.length - 1);
    else if ((ev.key === 'Enter' || ev.key === ' ') && ev.target === ev.currentTarget) toggle(row.site);
    else return;
    ev.preventDefault();
  };

  const where = (site: AllocationSite) => sourceLabel(site.file, site.line) ?? site.symbol ?? site.caller ?? '—';
  const rendered: DisplayRow[] = [];
  for (let i = start; i < end; i++) rendered.push(rowAt(i));
  // The active row is the body's Tab stop; if it scrolled away, the first rendered row is.
  const tabStop = rendered.some((r) => !r.detail && r.index === activeIndex) ? activeIndex : (rendered.find((r) => !r.detail)?.index ?? -1);

  return (
    <div className={`inv-table-wrap inv-layout-${layout}`} ref={wrapRef}>
      <div role="table" aria-label={t('inv.sites.table')} aria-rowcount={model.count + 1} className="inv-table" style={{ '--inv-bytes-width': bytesWidth } as CSSProperties}>
        <div role="rowgroup" className="inv-thead">
          <div role="row" aria-rowindex={1} className="inv-tr inv-grid">
            {columns.map((column) => (
              <div
                key={column}
                role="columnheader"
                aria-sort={sort.column === column ? sort.direction : 'none'}
                className={`inv-th inv-col-${column}`}
              >
                <button type="button" className="inv-sort" title={t('inv.sites.sortBy', { column: t(`inv.sites.columns.${column}`) })} onClick={() => setSort((s) => nextSort(s, column))}>
                  <span className="inv-sort-label">{t(`inv.sites.columns.${column}`)}</span>
                  <SortIcon direction={sort.column === column ? sort.direction : null} />
                </button>
              </div>
            ))}
          </div>
        </div>
        <div
          role="rowgroup"
          className="inv-tbody"
          ref={bodyRef}
          style={{ height: bodyHeight }}
          onScroll={(ev) => setScrollTop(ev.currentTarget.scrollTop)}
        >
          <div className="inv-tbody-space" style={{ height: model.total }}>
            {rendered.map((row, k) => {
              const i = start + k;
              const top = model.offsetOf(i);
              if (row.detail) {
                return (
                  <div key={`${row.site.id}#detail`} role="row" aria-rowindex={i + 2} className="inv-tr inv-detail-row" style={{ top }} data-site-id={row.site.id} ref={measure}>
                    <div role="cell" aria-colspan={columns.length} className="inv-td inv-detail-cell">
                      <SiteDetails site={row.site} driverModule={driverModule} />
                    </div>
                  </div>
                );
              }
              const site = row.site;
              const open = expanded.has(site.id);
              const focusable = row.index === tabStop;
              const inner = focusable ? 0 : -1;
              return (
                <div
                  key={site.id}
                  role="row"
                  aria-rowindex={i + 2}
                  aria-expanded={open}
                  tabIndex={focusable ? 0 : -1}
                  className={`inv-tr inv-grid inv-site-row${open ? ' inv-open' : ''}`}
                  style={{ top, height: rowHeight }}
                  data-site-index={row.index}
                  onFocus={(ev) => {
                    if (ev.target === ev.currentTarget) setActive(row.index);
                  }}
                  onKeyDown={(ev) => onRowKey(ev, row)}
                >
                  <div role="cell" className="inv-td inv-col-tag">
                    <button type="button" className="inv-expand" tabIndex={inner} aria-expanded={open} aria-label={t('inv.sites.expand', { tag: site.tag, where: where(site) })} onClick={() => toggle(site)}>
                      <svg viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">
                        <path d="M3 1.5L7 5L3 8.5" />
                      </svg>
                    </button>
                    <CommandButton action={{ kind: 'poolfind', tag: site.tag }} className="mono inv-tag" tabIndex={inner}>
                      {site.tag}
                    </CommandButton>
                  </div>
                  <div role="cell" className="inv-td inv-col-allocations inv-num">
                    {formatCount(site.allocations, lang)}
                  </div>
                  <div role="cell" className="inv-td inv-col-bytes inv-num">
                    {formatBytes(site.bytes, lang)}
                  </div>
                  <div role="cell" className="inv-td inv-col-caller">
                    {site.caller ? (
                      <CommandButton action={{ kind: 'ln', address: site.caller }} className="mono inv-ellipsis" detail={[site.symbol, site.caller].filter(Boolean).join('\n')} tabIndex={inner}>
                        {site.symbol ?? site.caller}
                      </CommandButton>
                    ) : (
                      <span className="mono inv-ellipsis">{site.symbol ?? '—'}</span>
                    )}
                  </div>
                  <div role="cell" className="inv-td inv-col-source">
                    <SourceLink file={site.file} line={site.line} fallback={t('inv.sites.noSource')} className={`mono inv-ellipsis${site.file ? '' : ' inv-muted'}`} tabIndex={inner} />
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {sorted.length === 0 && <p className="inv-muted inv-table-empty">{t('inv.sites.empty')}</p>}
    </div>
  );
}

function SortIcon({ direction }: { direction: 'ascending' | 'descending' | null }) {
  return (
    <svg className={`inv-sort-icon${direction ? ' inv-sort-active' : ''}`} viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">
      {direction === 'ascending' ? <path d="M2 6.5L5 3.5L8 6.5" /> : direction === 'descending' ? <path d="M2 3.5L5 6.5L8 3.5" /> : <path d="M2 4L5 1.5L8 4M2 6L5 8.5L8 6" />}
    </svg>
  );
}
