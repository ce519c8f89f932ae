// A tool's answer: a short text for the model plus the structured content its
// output schema describes; or an error the model can read (isError).
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export function success(summary: string, structured: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: summary }], structuredContent: structured };
}

export function failure(message: string): CallToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}
