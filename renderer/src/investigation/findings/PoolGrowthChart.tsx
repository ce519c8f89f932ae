// Bytes of each growing pool tag at each snapshot, as an SVG line chart with axes,
// a legend and a text description (and the numbers as a table on demand).
import { useMemo, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { CommandButton } from '../console/CommandButton';
import { formatBytes, formatBytesCompact, formatCount, formatSeconds, formatTick } from '../format/numberFormat';
import { niceTicks, type GrowthChartData } from './growthSeries';
import { useElementWidth } from './useElementSize';

const HEIGHT = 220;
const MARGIN = { top: 12, right: 16, bottom: 38, left: 64 };
const PALETTE = 6;

/** A series' colour: --inv-s0 … --inv-s5 from the palette in investigation.css (one per theme), repeating after the sixth. */
const seriesColour = (i: number) => ({ '--series': `var(--inv-s${i % PALETTE})` }) as CSSProperties;

export function PoolGrowthChart({ data }: { data: GrowthChartData }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = Math.max(useElementWidth(wrapRef), 260);
  const plotW = width - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;

  const { yTicks, yMin, yMax, xTicks, xMax } = useMemo(() => {
    const values = data.series.flatMap((s) => s.points.map((p) => p.bytes));
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const pad = (hi - lo) * 0.1 || hi * 0.05 || 1;
    const ticks = niceTicks(Math.max(lo - pad, 0), hi + pad, 4);
    // 10.01 s of run time reads as a 10 s axis.
    const seconds = niceTicks(0, Math.max(Math.floor(data.intervalMs / 100) / 10, 1), 5);
    return { yTicks: ticks, yMin: ticks[0]!, yMax: ticks[ticks.length - 1]!, xTicks: seconds, xMax: seconds[seconds.length - 1]! };
  }, [data]);

  const x = (ms: number) => MARGIN.left + (xMax ? (ms / 1000 / xMax) * plotW : 0);
  const y = (bytes: number) => MARGIN.top + plotH - (yMax > yMin ? ((bytes - yMin) / (yMax - yMin)) * plotH : plotH / 2);
  const rate = (v: number) => formatBytesCompact(v, lang);
  const sentences = data.series.map((s) =>
    t('inv.growth.summary', {
      tag: s.tag,
      from: formatCount(s.points[0]!.bytes, lang),
      to: formatCount(s.points[s.points.length - 1]!.bytes, lang),
      duration: formatSeconds(data.intervalMs, lang),
      rate: formatCount(s.bytesPerMinute, lang),
    }),
  );
  const description = `${data.mode === 'absolute' ? t('inv.growth.description') : t('inv.growth.descriptionGrowth')} ${sentences.join(' ')}`;

  return (
    <div className="inv-chart" ref={wrapRef}>
      <svg role="img" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-labelledby="inv-growth-title inv-growth-desc" className="inv-chart-svg">
        <title id="inv-growth-title">{t('inv.growth.heading')}</title>
        <desc id="inv-growth-desc">{description}</desc>
        <g className="inv-axis" aria-hidden="true">
          {yTicks.map((v) => (
            <g key={`y${v}`} transform={`translate(0,${y(v)})`}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} className="inv-grid-line" />
              <text x={MARGIN.left - 6} dominantBaseline="central" textAnchor="end">
                {formatBytesCompact(v, lang)}
              </text>
            </g>
          ))}
          {xTicks.map((v) => (
            <text key={`x${v}`} x={x(v * 1000)} y={MARGIN.top + plotH + 14} textAnchor="middle">
              {formatTick(v, lang)}
            </text>
          ))}
          <line x1={MARGIN.left} x2={width - MARGIN.right} y1={MARGIN.top + plotH} y2={MARGIN.top + plotH} className="inv-axis-line" />
          <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotH} className="inv-axis-line" />
          <text x={MARGIN.left + plotW / 2} y={HEIGHT - 4} textAnchor="middle" className="inv-axis-title">
            {t('inv.growth.xAxis')}
          </text>
        </g>
        {data.series.map((s, i) => (
          <g key={s.tag} className="inv-series" style={seriesColour(i)}>
            <polyline points={s.points.map((p) => `${x(p.ms)},${y(p.bytes)}`).join(' ')} />
            {s.points.map((p) => (
              <circle key={p.ms} cx={x(p.ms)} cy={y(p.bytes)} r={3.5}>
                <title>{`${s.tag}: ${formatBytes(p.bytes, lang)} @ ${formatSeconds(p.ms, lang)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <ul className="inv-legend">
        {data.series.map((s, i) => (
          <li key={s.tag} style={seriesColour(i)}>
            <span className="inv-swatch" aria-hidden="true" />
            <CommandButton action={{ kind: 'poolfind', tag: s.tag }} className="mono inv-tag">
              {s.tag}
            </CommandButton>
            <span>{t('inv.growth.legend', { delta: formatCount(s.deltaBytes, lang), rate: rate(s.bytesPerMinute) })}</span>
          </li>
        ))}
      </ul>
      <details className="inv-chart-data">
        <summary>{t('inv.growth.dataTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('inv.topTags.tag')}</th>
              <th scope="col">{t('inv.growth.seconds')}</th>
              <th scope="col">{t('inv.growth.yAxis')}</th>
            </tr>
          </thead>
          <tbody>
            {data.series.flatMap((s) =>
              s.points.map((p) => (
                <tr key={`${s.tag}@${p.ms}`}>
                  <td className="mono">{s.tag}</td>
                  <td className="inv-num">{formatSeconds(p.ms, lang)}</td>
                  <td className="inv-num">{formatBytes(p.bytes, lang)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </div>
  );
}
