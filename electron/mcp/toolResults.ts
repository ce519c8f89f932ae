// A tool's answer: a short text for the model plus the structured content its
// output schema describes; or an error the model can read (isError).
// Both carry target text (module names, symbols, raw output): its control, bidi and
// zero-width characters are shown as visible escapes, as everywhere else.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { showTargetText, showTargetTextDeep } from '../contract/targetText';

export function success(summary: string, structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: showTargetText(summary, 'lines') }], structuredContent: showTargetTextDeep(structured, 'lines') };
}

export function failure(message: string): CallToolResult {
  return { content: [{ type: 'text', text: showTargetText(message, 'lines') }], isError: true };
}
