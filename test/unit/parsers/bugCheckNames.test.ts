// The documented bug check names (bugCheckNames.ts): filled in when the text gives only the code, marked as such,
// and in agreement with every name kd prints in the real fixtures (sources in test/fixtures/public/*.source.txt).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUGCHECK_CATALOG } from '../../../electron/kdsim/outputLayout/bugcheckCatalog';
import { bugCheckNameOf, bugCheckNames } from '../../../electron/parsers/bugCheckNames';
import { isMultiResult, parsers, type AnalyzeResult } from '../../../electron/parsers/index';
import { publicFixture, seedFixture, single } from './fixtureText';

const fromTable = (code: string, name: string): string => `bug check name not in the text: ${name} is the documented name of code ${code} (Microsoft's bug check code reference)`;

describe('bugCheckNameOf', () => {
  it.each([
    ['0xa', 'IRQL_NOT_LESS_OR_EQUAL'],
    ['0x19', 'BAD_POOL_HEADER'],
    ['0x1a', 'MEMORY_MANAGEMENT'],
    ['0x1e', 'KMODE_EXCEPTION_NOT_HANDLED'],
    ['0x3b', 'SYSTEM_SERVICE_EXCEPTION'],
    ['0x3f', 'NO_MORE_SYSTEM_PTES'],
    ['0x44', 'MULTIPLE_IRP_COMPLETE_REQUESTS'],
    ['0x50', 'PAGE_FAULT_IN_NONPAGED_AREA'],
    ['0x76', 'PROCESS_HAS_LOCKED_PAGES'],
    ['0x7e', 'SYSTEM_THREAD_EXCEPTION_NOT_HANDLED'],
    ['0x7f', 'UNEXPECTED_KERNEL_MODE_TRAP'],
    ['0x9f', 'DRIVER_POWER_STATE_FAILURE'],
    ['0xab', 'SESSION_HAS_VALID_POOL_ON_EXIT'],
    ['0xc1', 'SPECIAL_POOL_DETECTED_MEMORY_CORRUPTION'],
    ['0xc2', 'BAD_POOL_CALLER'],
    ['0xc4', 'DRIVER_VERIFIER_DETECTED_VIOLATION'],
    ['0xc5', 'DRIVER_CORRUPTED_EXPOOL'],
    ['0xc6', 'DRIVER_CAUGHT_MODIFYING_FREED_POOL'],
    ['0xcb', 'DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS'],
    ['0xce', 'DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS'],
    ['0xcf', 'TERMINAL_SERVER_DRIVER_MADE_INCORRECT_MEMORY_REFERENCE'],
    ['0xd1', 'DRIVER_IRQL_NOT_LESS_OR_EQUAL'],
    ['0xe2', 'MANUALLY_INITIATED_CRASH'],
    ['0xef', 'CRITICAL_PROCESS_DIED'],
    ['0x10c', 'FSRTL_EXTRA_CREATE_PARAMETER_VIOLATION'],
    ['0x133', 'DPC_WATCHDOG_VIOLATION'],
    ['0x139', 'KERNEL_SECURITY_CHECK_FAILURE'],
    ['0x1d0', 'ACPI_FIRMWARE_WATCHDOG_TIMEOUT'], // the reference table's cell reads "CPI_…"; the code's own page says ACPI_
    ['0x1000007e', 'SYSTEM_THREAD_EXCEPTION_NOT_HANDLED_M'],
    ['0xdeaddead', 'MANUALLY_INITIATED_CRASH1'],
  ])('%s -> %s', (code, name) => {
    expect(bugCheckNameOf(code)).toBe(name);
    expect(bugCheckNameOf(Number.parseInt(code.slice(2), 16))).toBe(name);
  });

  it('takes the code as kd prints it: minimal hex, zero-padded, 0x-prefixed, backticked', () => {
    for (const code of ['0xc4', 'c4', '000000C4', '0x000000c4', '00000000`000000c4']) expect(bugCheckNameOf(code)).toBe('DRIVER_VERIFIER_DETECTED_VIOLATION');
  });

  it('gives null for codes the reference does not list and for what is not a code', () => {
    for (const code of [0, 0x83, 0xc3, 0xc0000244, '', 'zz', null, undefined, Number.NaN]) expect(bugCheckNameOf(code)).toBeNull();
  });

  it('is a table of upper-case identifiers, one per code (424 codes: the 2025-11 reference and the pages of codes it no longer lists)', () => {
    expect(bugCheckNames.size).toBe(424);
    for (const name of bugCheckNames.values()) expect(name).toMatch(/^[A-Z][A-Z0-9_]+[A-Z0-9]$/);
  });
});

/** Every analyze result of the real fixtures whose header prints the name ("NAME (code)"). */
function printedNames(): { file: string; code: string; name: string }[] {
  const out: { file: string; code: string; name: string }[] = [];
  for (const [dir, read] of [['public', publicFixture], ['parsers', seedFixture]] as const) {
    const root = fileURLToPath(new URL(`../../fixtures/${dir}/`, import.meta.url));
    for (const file of readdirSync(root).filter((f) => f.endsWith('.txt') && !f.endsWith('.source.txt'))) {
      const parsed = parsers.analyze(read(file));
      for (const r of isMultiResult(parsed) ? parsed.results : [parsed]) {
        if (r.bugcheck.nameSource === 'printed' && r.bugcheck.code !== null && r.bugcheck.name !== null) out.push({ file, code: r.bugcheck.code, name: r.bugcheck.name });
      }
    }
  }
  return out;
}

describe('the table agrees with kd', () => {
  it('every name kd prints in a real fixture header is the table name of its code', () => {
    const printed = printedNames();
    expect(printed.length).toBeGreaterThanOrEqual(15);
    expect(new Set(printed.map((p) => p.code)).size).toBeGreaterThanOrEqual(10);
    for (const p of printed) expect({ file: p.file, name: bugCheckNameOf(p.code) }).toEqual({ file: p.file, name: p.name });
  });

  it("the simulated kd's names (kdsim's bug check catalog) are the documented ones", () => {
    const entries = Object.entries(BUGCHECK_CATALOG);
    expect(entries.length).toBeGreaterThanOrEqual(12);
    for (const [code, text] of entries) expect({ code, name: bugCheckNameOf(code) }).toEqual({ code, name: text.name });
  });

  it('0x19C (WinDbg-Feedback #17): the old kd prints "Unknown bugcheck code (19c)"; the table gives the name the newer kd prints', () => {
    const old = single(parsers.analyze(publicFixture('analyze-19c-unknown-old-kd-windbg-feedback.txt'))) as AnalyzeResult;
    const preview = single(parsers.analyze(publicFixture('analyze-19c-named-windbg-preview.txt'))) as AnalyzeResult;
    expect(old.bugcheck).toMatchObject({ code: '0x19c', name: 'WIN32K_POWER_WATCHDOG_TIMEOUT', nameSource: 'table', args: ['0x50', '0xffffb58f3dd24080', null, null] });
    expect(old.warnings).toContain(fromTable('0x19c', 'WIN32K_POWER_WATCHDOG_TIMEOUT'));
    expect(preview.bugcheck).toMatchObject({ code: '0x19c', name: 'WIN32K_POWER_WATCHDOG_TIMEOUT', nameSource: 'printed', args: ['0x50', '0xffffb58f3dd24080', '0x0', '0x0'] });
    expect(preview.bugcheck.argDescriptions.slice(0, 2)).toEqual(['Calling monitor driver to power on.', 'Pointer to the power request worker thread.']);
    expect(preview.warnings.join('\n')).not.toMatch(/documented name/);
  });

  it('0xC0000244 (windows-driver-docs #1917): unknown to kd and to the reference, so no name and no claim of one', () => {
    const r = single(parsers.analyze(publicFixture('analyze-c0000244-unknown-undocumented-docs-issue.txt'))) as AnalyzeResult;
    expect(r.bugcheck).toMatchObject({ code: '0xc0000244', name: null, nameSource: null, args: ['0xffffffffc0000188', '0x0', '0x0', '0x0'] });
    expect(r.fields.EXCEPTION_CODE).toBe('(NTSTATUS) 0xc0000244 - {Audit Failed}  An attempt to generate a security audit failed.');
    expect(r.warnings.join('\n')).not.toMatch(/documented name/);
  });

  it('the code-only real texts get the documented name, marked: event 1001 (0x80), a KB article\'s .bugcheck (0xA)', () => {
    const ev = single(parsers.analyze(publicFixture('analyze-event-1001-bugcheck-was.txt'))) as AnalyzeResult;
    expect(ev.bugcheck).toMatchObject({ code: '0x80', name: 'NMI_HARDWARE_FAILURE', nameSource: 'table' });
    const kb = single(parsers.analyze(publicFixture('analyze-dot-bugcheck-a-kb-tab-0x-args.txt'))) as AnalyzeResult;
    expect(kb.bugcheck).toMatchObject({ code: '0xa', name: 'IRQL_NOT_LESS_OR_EQUAL', nameSource: 'table' });
    expect(kb.warnings).toContain(fromTable('0xa', 'IRQL_NOT_LESS_OR_EQUAL'));
  });

  it('synthetic: only "BugCheck C4, {62, …}" (the line kd prints on opening a dump) gives code, arguments and the marked name', () => {
    const r = single(parsers.analyze('BugCheck C4, {62, ffffe0019707712c, ffffe0019c1faf70, 3}\n')) as AnalyzeResult;
    expect(r.bugcheck).toMatchObject({ code: '0xc4', name: 'DRIVER_VERIFIER_DETECTED_VIOLATION', nameSource: 'table', args: ['0x62', '0xffffe0019707712c', '0xffffe0019c1faf70', '0x3'] });
    expect(r.bugcheck.subcodeMeaning).toMatch(/unloading without first freeing its pool allocations/);
  });

  it('synthetic: a printed name is never replaced by the table, even where they differ', () => {
    const r = single(parsers.analyze('SOME_OTHER_NAME (c4)\nArguments:\nArg1: 0000000000000062, x\n')) as AnalyzeResult;
    expect(r.bugcheck).toMatchObject({ code: '0xc4', name: 'SOME_OTHER_NAME', nameSource: 'printed' });
  });
});
