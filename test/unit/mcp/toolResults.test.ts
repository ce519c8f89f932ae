// MCP replies carry target text: what reaches the assistant has no live control,
// bidi or zero-width characters, in the summary and in the structured content alike.
import { describe, expect, it } from 'vitest';
import { failure, success } from '../../../electron/mcp/toolResults';

describe('MCP tool results', () => {
  it('escapes an ESC sequence and a bidi override in a hostile module name, keeping line breaks', () => {
    const hostile = 'Evil\u202Etxt.sys\x1b]8;;http://x\x07';
    const result = success(`driver ${hostile}\nnext line`, { driver: hostile, sites: [{ symbol: `${hostile}!Fn+0x1` }], count: 3 });
    const text = (result.content[0] as { text: string }).text;
    expect(text).toBe('driver Evil\\u202etxt.sys\\x1b]8;;http://x\\x07\nnext line');
    expect(result.structuredContent).toEqual({
      driver: 'Evil\\u202etxt.sys\\x1b]8;;http://x\\x07',
      sites: [{ symbol: 'Evil\\u202etxt.sys\\x1b]8;;http://x\\x07!Fn+0x1' }],
      count: 3,
    });
  });

  it('escapes hidden characters in an error too', () => {
    const result = failure('Refused: \u200B.shell');
    expect(result.isError).toBe(true);
    expect((result.content[0] as { text: string }).text).toBe('Refused: \\u200b.shell');
  });
});
