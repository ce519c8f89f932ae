// The core writes step titles, explanations and reasons in English. For Chinese and
// Japanese the view looks them up here (by step id, by warning code, by the typed
// reason's code with its parameters); anything not in the table is shown in the
// core's English (a failure's own error text, a step the table does not know).
// The translations are data, one JSON file a language in coreTexts/, with i18next's
// `{{name}}` placeholders; a unit test holds each file to the core's English.
import { fillReasonTemplate, type StepReason, type StepReasonCode } from '../../../../electron/contract';
import ja from './coreTexts/ja.json';
import zhCN from './coreTexts/zh-CN.json';

export interface CoreTextTable {
  steps: Record<string, { title: string; why: string }>;
  /** Skip / unavailable / cancel reasons by the contract's code: every code, or the type check fails. */
  reasons: Record<StepReasonCode, string>;
  /** Bug check meanings keyed by "code" or "code/arg1" (lowercase hex). */
  bugchecks: Record<string, string>;
  /** Warning titles by warning code (the core's title carries numbers; the detail stays English). */
  warnings: Record<string, string>;
}

// The tables are data (coreTexts/<language>.json). Assigning them here is the type check:
// a reason code missing from a file, or a value that is not a string, fails it.
const tables: Record<string, CoreTextTable> = { 'zh-CN': zhCN, ja };

export function coreTextTable(language: string): CoreTextTable | null {
  return tables[language] ?? null;
}

export function stepTitle(language: string, step: { id: string; title: string }): string {
  return coreTextTable(language)?.steps[step.id]?.title ?? step.title;
}

export function stepWhy(language: string, step: { id: string; why: string }): string {
  return coreTextTable(language)?.steps[step.id]?.why ?? step.why;
}

/** A step's reason in the language: the typed reason translated, else the core's text. */
export function coreReason(language: string, reason: string, message: StepReason | null = null): string {
  const template = message ? coreTextTable(language)?.reasons[message.code] : undefined;
  return template ? fillReasonTemplate(template, message?.params) : reason;
}

export function bugcheckMeaning(language: string, code: string, arg1: string | null, english: string | null): string | null {
  const table = coreTextTable(language)?.bugchecks;
  const key = code.toLowerCase();
  return table?.[`${key}/${(arg1 ?? '').toLowerCase()}`] ?? table?.[key] ?? english;
}

export function warningTitle(language: string, code: string, english: string): string {
  return coreTextTable(language)?.warnings[code] ?? english;
}
