// `!analyze -v`: the bug check, its arguments and the faulting image. Every playbook
// starts here; later steps branch on the bug check it finds (or its absence).
import { parseAnalyzeOutput } from '../../../parsers';
import type { BugcheckSummary } from '../../../contract/findingTypes';
import { adviseOption } from '../../optionAdvice';
import { outputLines } from '../../outputLines';
import type { StepDefinition } from '../../stepTypes';
import { bugcheckMeaning } from './bugcheckCodes';

export const analyzeStep: StepDefinition = {
  id: 'analyze',
  title: 'Analyze the bug check',
  why: '!analyze -v names the bug check, its four arguments and the image it blames — the starting point of every crash investigation.',
  async run(ctx) {
    const output = await ctx.run('!analyze -v', { timeoutMs: ctx.options.longCommandTimeoutMs });
    if (output === null) return;
    const result = parseAnalyzeOutput(outputLines(output), '!analyze -v');
    ctx.facts.analyze = result;
    const b = result.bugcheck;
    // kd's analysis always has its header or fields; text without any is not an answer to read
    // "no bug check" from (a program that echoes input, damaged output).
    const readable = b.code !== null || Object.keys(result.fields).length > 0 || result.stack.length > 0 || /(Bugcheck|Exception) Analysis|Debugging Details/i.test(output);
    if (!readable) {
      const first = output.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
      ctx.warn('unreadable-output', `!analyze -v printed nothing PoolSleuth recognises${first ? ` (it begins “${first.slice(0, 120)}”)` : ' (no output)'}: whether the target stopped on a bug check is unknown.`);
      return;
    }
    if (b.code === null) {
      ctx.facts.bugcheck = null;
      ctx.addFinding({
        kind: 'note',
        severity: 'info',
        title: 'No bug check on this target',
        detail: `The target was not stopped by a bug check (a live target broken into, or a manual dump). The driver comes from Driver Verifier, or ${adviseOption(ctx.options, 'driver')}.`,
      });
      return;
    }
    const bugcheck: BugcheckSummary = {
      code: b.code,
      name: b.name,
      args: [0, 1, 2, 3].map((i) => b.args[i] ?? null),
      // Our sentence for the code (or the C4 subcode), never kd's Arg1 description ("memory referenced").
      meaning: bugcheckMeaning(b.code, b.args[0] ?? null) ?? b.subcodeMeaning,
    };
    ctx.facts.bugcheck = bugcheck;
    const name = b.name ? `${b.name} (${b.code})` : `Bug check ${b.code}`;
    ctx.addFinding({
      kind: 'bugcheck',
      severity: 'info',
      bugcheck,
      title: `${name}, Arg1 ${bugcheck.args[0] ?? '?'}`,
      detail: bugcheck.meaning,
    });
  },
};
