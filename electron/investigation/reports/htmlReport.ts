// Self-contained HTML report: one file, inline CSS, no scripts, no external assets (a
// CSP meta tag forbids loading any), opens offline. Every string from the target —
// names, symbols, file paths, raw output — goes through escapeHtml.
import type { Finding } from '../../contract/findingTypes';
import type { InvestigationReport } from './investigationReport';
import { suspectCells, verdictText } from '../../contract/conclusionText';
import { bytesText, hex, poolKindText, sourceText } from './reportText';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const e = escapeHtml;

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de}h3{font-size:1rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
code,pre{font-family:ui-monospace,Consolas,"Cascadia Mono",monospace;font-size:12.5px}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;max-height:30rem;white-space:pre}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}
.warning{color:#9a6700}.error{color:#cf222e}.status-done{color:#1a7f37}.status-failed{color:#cf222e}.status-skipped,.status-cancelled{color:#6e7781}
.conclusion{border:1px solid #d0d7de;border-left:4px solid #6e7781;padding:0 1rem .6rem;margin:1rem 0}.conclusion.found{border-left-color:#cf222e}.conclusion.inconclusive{border-left-color:#9a6700}.conclusion.nothing-found{border-left-color:#1a7f37}.conclusion h2{border:0;margin-top:.8rem}.conclusion td.n{white-space:nowrap}.conclusion td.w code{overflow-wrap:anywhere}
details{margin:.3rem 0}summary{cursor:pointer}
`;

function findingItem(f: Finding): string {
  return `<li class="${f.severity}">${e(f.title)}${f.detail ? ` — ${e(f.detail)}` : ''}</li>`;
}

function conclusionHtml(r: InvestigationReport): string[] {
  const c = r.conclusion;
  const out = [`<section aria-label="Conclusion" class="conclusion ${e(c.verdict)}">`, `<h2>Conclusion: ${e(verdictText(c.verdict))}</h2>`, `<p>${e(c.summary)}</p>`];
  if (c.suspects.length > 0) {
    out.push(
      '<table aria-label="Suspects"><thead><tr><th>Driver</th><th>Tag</th><th>Function</th><th>Source</th><th>Allocations</th><th>Bytes</th><th>Growth</th></tr></thead><tbody>',
      ...c.suspects.map((s) => {
        const x = suspectCells(s);
        return `<tr><td><code>${e(x.driver)}</code></td><td><code>${e(x.tag)}</code></td><td class="w"><code>${e(x.function)}</code></td><td class="w"><code>${e(x.source)}</code></td><td class="n">${e(x.allocations)}</td><td class="n">${e(x.bytes)}</td><td class="n">${e(x.growth)}</td></tr>`;
      }),
      '</tbody></table>',
    );
  }
  if (c.next) out.push(`<p><strong>Next:</strong> ${e(c.next)}</p>`);
  out.push('</section>');
  return out;
}

export function renderHtmlReport(r: InvestigationReport): string {
  const parts: string[] = [];
  const bug = r.bugcheck;
  parts.push(
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>PoolSleuth report: ${e(r.playbookTitle)}${r.driver ? ` — ${e(r.driver)}` : ''}</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<h1>PoolSleuth report: ${e(r.playbookTitle)}</h1>`,
    ...conclusionHtml(r),
    '<dl>',
    `<dt>Status</dt><dd class="status-${e(r.status)}">${e(r.status)}${r.failure ? ` — ${e(r.failure)}` : ''}</dd>`,
    `<dt>Target</dt><dd>${e(r.target.description)} (${e(r.target.offline ? 'offline, recorded log' : r.target.kind)})</dd>`,
    r.target.kernelVersion && !r.target.description.includes(r.target.kernelVersion) ? `<dt>Kernel</dt><dd>${e(r.target.kernelVersion)}</dd>` : '',
    `<dt>Bug check</dt><dd>${bug ? `<code>${e(bug.code)}</code> ${e(bug.name ?? '')} (<code>${e(bug.args.map((a) => a ?? '?').join(', '))}</code>)${bug.meaning ? ` — ${e(bug.meaning)}` : ''}` : 'none'}</dd>`,
    `<dt>Driver</dt><dd>${r.driver ? `<code>${e(r.driver)}</code>` : '—'}</dd>`,
    r.leak
      ? `<dt>Leaked</dt><dd>${r.leak.allocations} allocations, ${e(bytesText(r.leak.bytes))} — NonPagedPool ${e(bytesText(r.leak.nonPagedBytes))}, PagedPool ${e(bytesText(r.leak.pagedBytes))}</dd>`
      : '',
    `<dt>Round trips</dt><dd>${r.roundTrips}</dd>`,
    `<dt>Generated</dt><dd>${e(r.generatedAt)}</dd>`,
    '</dl>',
  );

  if (r.warnings.length > 0) {
    parts.push('<h2>Warnings</h2><ul>', ...r.warnings.map((w) => `<li class="warning">${e(w)}</li>`), '</ul>');
  }

  if (r.sites.length > 0) {
    parts.push(
      '<h2>Allocation sites</h2>',
      '<table aria-label="Allocation sites"><thead><tr><th>Tag</th><th>Allocations</th><th>Bytes</th><th>Pool</th><th>Caller</th><th>Source</th><th>Fix</th></tr></thead><tbody>',
    );
    for (const s of r.sites) {
      parts.push(
        `<tr><td><code>${e(s.tag)}</code></td><td class="n">${s.allocations}</td><td class="n">${e(hex(s.bytes))}</td><td>${e(poolKindText(s.poolKind))}</td>` +
          `<td><code>${e(s.symbol ?? s.caller ?? '?')}</code></td><td>${sourceText(s) ? `<code>${e(sourceText(s)!)}</code>` : '—'}</td>` +
          `<td>${e(s.meaning.allocator)} → ${e(s.meaning.release)}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
    r.sites.forEach((s, i) => {
      parts.push(
        `<h3>Site ${i + 1}: <code>${e(s.tag)}</code> at <code>${e(sourceText(s) ?? s.symbol ?? s.caller ?? 'unknown caller')}</code></h3>`,
        '<dl>',
        `<dt>What it is</dt><dd>${e(s.meaning.description)}</dd>`,
        `<dt>Fix</dt><dd>${e(s.meaning.fix)}</dd>`,
        `<dt>Allocations</dt><dd>${s.allocations}, ${e(bytesText(s.bytes))}, ${e(poolKindText(s.poolKind))}</dd>`,
        `<dt>Caller</dt><dd><code>${e(s.caller ?? '?')}</code> ${s.symbol ? `<code>${e(s.symbol)}</code>` : ''}</dd>`,
        s.allocationsWithoutStack > 0 ? `<dt>No allocation stack</dt><dd class="warning">${s.allocationsWithoutStack} allocation(s) not found in the verifier log (it has wrapped) or not looked up in a recorded log</dd>` : '',
        `<dt>Addresses</dt><dd><code>${e(s.addresses.slice(0, 20).join(', '))}</code>${s.addresses.length > 20 ? ` … (${s.addresses.length} in all)` : ''}</dd>`,
        '</dl>',
      );
      s.stacks.forEach((stack, k) => {
        parts.push(
          `<p>Allocation stack ${k + 1} (${stack.allocations} allocation${stack.allocations === 1 ? '' : 's'}${stack.threads.length ? `, thread ${e(stack.threads.join(', '))}` : ''}):</p>`,
          `<pre>${e(stack.frames.map((f) => `${f.address} ${f.symbol ?? ''}`.trimEnd()).join('\n'))}</pre>`,
        );
      });
    });
  }

  const other = r.findings.filter((f) => f.kind !== 'allocation-site' && f.kind !== 'warning' && f.kind !== 'unsafe-target-text');
  if (other.length > 0) parts.push('<h2>Findings</h2><ul>', ...other.map(findingItem), '</ul>');

  if (r.unavailableSteps.length > 0) {
    parts.push('<h2>Not offered on this target</h2><ul>', ...r.unavailableSteps.map((u) => `<li>${e(u.title)} — ${e(u.reason)}</li>`), '</ul>');
  }

  parts.push('<h2>Steps</h2><ol>');
  for (const s of r.steps) {
    parts.push(`<li><strong>${e(s.title)}</strong> — <span class="status-${e(s.status)}">${e(s.status)}</span>${s.reason ? `: ${e(s.reason)}` : ''}`);
    for (const c of s.commands) {
      parts.push(
        c.recorded
          ? `<details><summary><code>${e(c.command)}</code></summary><pre>${e(c.output)}</pre></details>`
          : `<div><code>${e(c.command)}</code> (no answer in the recorded log)</div>`,
      );
    }
    parts.push('</li>');
  }
  parts.push('</ol></body></html>');
  return parts.filter((p) => p !== '').join('\n') + '\n';
}
