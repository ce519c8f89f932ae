// Two panes with a draggable, keyboard-operable separator (WAI-ARIA window
// splitter pattern): arrows move it, Shift+arrows move it further, Home/End jump
// to the limits, double-click restores the default. The limits also keep each
// side at least its minimum width in pixels (splitMinPixels), so a small window
// or a ratio stored on a large monitor never squeezes the forms or the console.
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clampSplit, splitAfterKey, splitBoundsFor, splitInitialFor } from './splitRatio';
import { useStoredState } from './useStoredState';

/** A percentage, or null: not moved yet (the default for the window's width applies). */
const isStoredRatio = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

export function SplitView({ start, end, startId }: { start: ReactNode; end: ReactNode; startId: string }) {
  const { t } = useTranslation();
  const [ratio, setRatio] = useStoredState<number | null>('poolsleuth.splitRatio', null, isStoredRatio);
  const containerRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const bounds = splitBoundsFor(width);
  // The stored ratio stays as the user left it; only what is shown is clamped to this width.
  const current = clampSplit(ratio ?? splitInitialFor(width), bounds);

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    setWidth(container.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => setWidth(entries[0]?.contentRect.width ?? 0));
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const next = splitAfterKey(current, ev.key, ev.shiftKey, bounds);
    if (next === null) return;
    ev.preventDefault();
    setRatio(next);
  };

  const onPointerDown = (ev: PointerEvent<HTMLDivElement>) => {
    if (ev.button !== 0) return;
    ev.currentTarget.setPointerCapture(ev.pointerId);
    ev.currentTarget.focus();
  };

  const onPointerMove = (ev: PointerEvent<HTMLDivElement>) => {
    if (!ev.currentTarget.hasPointerCapture(ev.pointerId)) return;
    const box = containerRef.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    setRatio(clampSplit(((ev.clientX - box.left) / box.width) * 100, bounds));
  };

  return (
    <div className="split-view" ref={containerRef} style={{ gridTemplateColumns: `${current}% var(--splitter-width) minmax(0, 1fr)` }}>
      {start}
      <div
        className="splitter"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('layout.resizePanels')}
        aria-controls={startId}
        aria-valuenow={Math.round(current)}
        aria-valuemin={Math.round(bounds.min)}
        aria-valuemax={Math.round(bounds.max)}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onDoubleClick={() => setRatio(null)}
      />
      {end}
    </div>
  );
}
