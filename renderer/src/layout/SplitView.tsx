// Two panes with a draggable, keyboard-operable separator (WAI-ARIA window
// splitter pattern): arrows move it, Shift+arrows move it further, Home/End jump
// to the limits, double-click restores the default.
import { useRef, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clampSplit, splitAfterKey, splitLimits } from './splitRatio';
import { useStoredState } from './useStoredState';

const isPercent = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function SplitView({ start, end, startId }: { start: ReactNode; end: ReactNode; startId: string }) {
  const { t } = useTranslation();
  const [ratio, setRatio] = useStoredState('poolsleuth.splitRatio', splitLimits.initial as number, isPercent);
  const containerRef = useRef<HTMLDivElement>(null);
  const current = clampSplit(ratio);

  const onKeyDown = (ev: KeyboardEvent<HTMLDivElement>) => {
    const next = splitAfterKey(current, ev.key, ev.shiftKey);
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
    setRatio(clampSplit(((ev.clientX - box.left) / box.width) * 100));
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
        aria-valuemin={splitLimits.min}
        aria-valuemax={splitLimits.max}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onDoubleClick={() => setRatio(splitLimits.initial)}
      />
      {end}
    </div>
  );
}
