// Markdown report: readable as plain text, renders on GitHub / in a bug tracker.
// Text from the target goes into code spans or fenced blocks, escaped for Markdown.
import type { Finding } from '../../contract/findingTypes';
import type { InvestigationReport } from './investigationReport';
import { suspectCells, verdictText } from '../../contract/conclusionText';
import { bytesText, hex, poolKindText, sourceText } from './reportText';

/** Escapes Markdown-significant characters in running text (and drops raw HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A code span that survives backticks in the text. */
export function codeSpan(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

function fenced(text: string): string {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

function cell(text: string): string {
  return escapeMarkdown(text);
}

function findingLine(f: Finding): string {
  const mark = f.severity === 'error' ? '**Error:** ' : f.severity === 'warning' ? '**Warning:** ' : '';
  return `- ${mark}${escapeMarkdown(f.title)}${f.detail ? ` — ${escapeMarkdown(f.detail)}` : ''}`;
}

export function renderMarkdownReport(r: InvestigationReport): string {
  const out: string[] = [];
  out.push(`# PoolSleuth report: ${escapeMarkdown(r.playbookTitle)}`, '');
  const c = r.conclusion;
  out.push(`## Conclusion: ${verdictText(c.verdict)}`, '', escapeMarkdown(c.summary), '');
  if (c.suspects.length > 0) {
    out.push('| Driver | Tag | Function | Source | Allocations | Bytes | Growth |', '| --- | --- | --- | --- | ---: | ---: | ---: |');
    for (const s of c.suspects) {
      const x = suspectCells(s);
      const code = (v: string) => (v === '—' ? v : codeSpan(v));
      out.push(`| ${code(x.driver)} | ${code(x.tag)} | ${code(x.function)} | ${code(x.source)} | ${x.allocations} | ${x.bytes} | ${x.growth} |`);
    }
    out.push('');
  }
  if (c.next) out.push(`**Next:** ${escapeMarkdown(c.next)}`, '');
  out.push(`- **Status:** ${r.status}${r.failure ? ` — ${escapeMarkdown(r.failure)}` : ''}`);
  out.push(`- **Target:** ${escapeMarkdown(r.target.description)} (${r.target.offline ? 'offline, recorded log' : r.target.kind})`);
  if (r.target.kernelVersion && !r.target.description.includes(r.target.kernelVersion)) out.push(`- **Kernel:** ${escapeMarkdown(r.target.kernelVersion)}`);
  if (r.bugcheck) {
    const args = r.bugcheck.args.map((a) => a ?? '?').join(', ');
    out.push(`- **Bug check:** ${codeSpan(r.bugcheck.code)} ${escapeMarkdown(r.bugcheck.name ?? '')} (${codeSpan(args)})${r.bugcheck.meaning ? ` — ${escapeMarkdown(r.bugcheck.meaning)}` : ''}`);
  } else {
    out.push('- **Bug check:** none');
  }
  out.push(`- **Driver:** ${r.driver ? codeSpan(r.driver) : '—'}`);
  if (r.leak) {
    out.push(
      `- **Leaked:** ${r.leak.allocations} allocations, ${bytesText(r.leak.bytes)} — NonPagedPool ${bytesText(r.leak.nonPagedBytes)}, PagedPool ${bytesText(r.leak.pagedBytes)}`,
    );
  }
  out.push(`- **Debugger round trips:** ${r.roundTrips}`, `- **Generated:** ${r.generatedAt}`, '');

  if (r.warnings.length > 0) {
    out.push('## Warnings', '');
    for (const w of r.warnings) out.push(`- ${escapeMarkdown(w)}`);
    out.push('');
  }

  if (r.sites.length > 0) {
    out.push('## Allocation sites', '');
    out.push('| Tag | Allocations | Bytes | Pool | Caller | Source | Fix |', '| --- | ---: | ---: | --- | --- | --- | --- |');
    for (const s of r.sites) {
      out.push(
        `| ${codeSpan(s.tag)} | ${s.allocations} | ${hex(s.bytes)} | ${poolKindText(s.poolKind)} | ${s.symbol ? codeSpan(s.symbol) : codeSpan(s.caller ?? '?')} | ${sourceText(s) ? codeSpan(sourceText(s)!) : '—'} | ${cell(`${s.meaning.allocator} → ${s.meaning.release}`)} |`,
      );
    }
    out.push('');
    r.sites.forEach((s, i) => {
      out.push(`### Site ${i + 1}: ${codeSpan(s.tag)} at ${codeSpan(sourceText(s) ?? s.symbol ?? s.caller ?? 'unknown caller')}`, '');
      out.push(`- **What it is:** ${escapeMarkdown(s.meaning.description)}`);
      out.push(`- **Fix:** ${escapeMarkdown(s.meaning.fix)}`);
      out.push(`- **Allocations:** ${s.allocations}, ${bytesText(s.bytes)}, ${poolKindText(s.poolKind)}`);
      out.push(`- **Caller:** ${codeSpan(s.caller ?? '?')}${s.symbol ? ` ${codeSpan(s.symbol)}` : ''}`);
      if (s.allocationsWithoutStack > 0) out.push(`- **No allocation stack:** ${s.allocationsWithoutStack} allocation(s) not found in the verifier log (it has wrapped) or not looked up in a recorded log`);
      const shown = s.addresses.slice(0, 10).map(codeSpan).join(', ');
      out.push(`- **Addresses:** ${shown}${s.addresses.length > 10 ? `, … (${s.addresses.length} in all)` : ''}`, '');
      s.stacks.forEach((stack, k) => {
        out.push(`Allocation stack ${k + 1} (${stack.allocations} allocation${stack.allocations === 1 ? '' : 's'}${stack.threads.length ? `, thread ${stack.threads.join(', ')}` : ''}):`, '');
        out.push(fenced(stack.frames.map((f) => `${f.address} ${f.symbol ?? ''}`.trimEnd()).join('\n')), '');
      });
    });
  }

  const other = r.findings.filter((f) => f.kind !== 'allocation-site' && f.kind !== 'warning' && f.kind !== 'unsafe-target-text');
  if (other.length > 0) {
    out.push('## Findings', '');
    for (const f of other) out.push(findingLine(f));
    out.push('');
  }

  if (r.unavailableSteps.length > 0) {
    out.push('## Not offered on this target', '');
    for (const u of r.unavailableSteps) out.push(`- ${escapeMarkdown(u.title)} — ${escapeMarkdown(u.reason)}`);
    out.push('');
  }

  out.push('## Steps', '');
  r.steps.forEach((s, i) => {
    out.push(`### ${i + 1}. ${escapeMarkdown(s.title)} — ${s.status}`, '');
    if (s.reason) out.push(`${escapeMarkdown(s.reason)}`, '');
    for (const c of s.commands) {
      out.push(`${codeSpan(c.command)}${c.recorded ? '' : ' (no answer in the recorded log)'}`, '');
      if (c.recorded) out.push(fenced(c.output.trimEnd()), '');
    }
  });
  return out.join('\n') + '\n';
}
