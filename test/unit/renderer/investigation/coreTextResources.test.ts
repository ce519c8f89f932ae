// The zh-CN and ja translations of the core's texts are data (renderer/src/investigation/
// i18n/coreTexts/*.json): each file must carry every text the core writes in English —
// each step's title and why, each typed reason, each warning title — with the same
// `{{name}}` placeholders, and nothing the core no longer writes.
import { describe, expect, it } from 'vitest';
import { stepReasonTemplates } from '../../../../electron/contract';
import { playbookById, playbookIds, triagePlaybook } from '../../../../electron/investigation/playbookCatalog';
import { WARNING_TITLES } from '../../../../electron/investigation/warningTitles';
import ja from '../../../../renderer/src/investigation/i18n/coreTexts/ja.json';
import zhCN from '../../../../renderer/src/investigation/i18n/coreTexts/zh-CN.json';
import { coreTextTable, stepWhy, warningTitle } from '../../../../renderer/src/investigation/i18n/coreTextTranslations';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** The core's English, flattened to `section.key` (steps: `steps.<id>.title` / `.why`). */
function coreEnglish(): Record<string, string> {
  const english: Record<string, string> = {};
  for (const playbook of [triagePlaybook, ...playbookIds.map(playbookById)]) {
    for (const step of playbook.steps) {
      english[`steps.${step.id}.title`] = step.title;
      english[`steps.${step.id}.why`] = step.why;
    }
  }
  for (const [code, text] of Object.entries(stepReasonTemplates)) english[`reasons.${code}`] = text;
  for (const [code, text] of Object.entries(WARNING_TITLES)) english[`warnings.${code}`] = text;
  return english;
}

function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out[prefix] = value;
  return out;
}

describe.each([
  ['zh-CN', zhCN],
  ['ja', ja],
])('core texts in %s', (language, resource) => {
  const english = coreEnglish();
  const translated = flatten(resource);

  it('has every text the core writes, translated, with the same placeholders', () => {
    expect(Object.keys(english).length).toBeGreaterThan(60);
    for (const [key, text] of Object.entries(english)) {
      const other = translated[key];
      expect(typeof other === 'string' && other.length > 0, `${language} ${key}`).toBe(true);
      expect(other, `${language} ${key}`).not.toBe(text);
      expect(placeholders(other as string), `${language} ${key}`).toEqual(placeholders(text));
    }
  });

  it('has nothing the core does not write (bug check meanings aside: their English comes from !analyze)', () => {
    const extra = Object.keys(translated).filter((key) => !key.startsWith('bugchecks.') && !(key in english));
    expect(extra).toEqual([]);
    for (const [key, meaning] of Object.entries(resource.bugchecks)) {
      expect(key).toMatch(/^0x[0-9a-f]+(\/0x[0-9a-f]+)?$/);
      expect(meaning.length).toBeGreaterThan(0);
    }
  });

  it('is the table the view translates with', () => {
    expect(coreTextTable(language)).toBe(resource);
    expect(stepWhy(language, { id: 'faulting-stack', why: 'English' })).toBe(resource.steps['faulting-stack'].why);
    expect(warningTitle(language, 'unreadable-output', 'English')).toBe(resource.warnings['unreadable-output']);
  });
});
