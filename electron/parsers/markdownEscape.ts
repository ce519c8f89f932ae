// Text copied from a page that a converter turned into markdown has its underscores and stars escaped
// ("SYSTEM\_SERVICE\_EXCEPTION (3b)", "IMAGE\_NAME:", "ntdll!\_RtlUserThreadStart+0x1b", "\*\*\*\*\* Excessive …").
// One rule for every parser that undoes it.

/**
 * Undoes markdown escaping of "_" and "*" ("\_" → "_", "\*" → "*") when the text is clearly markdown-escaped: it
 * holds "\_" or "\*" and no other backslash. Text with other backslashes (a path such as "c:\src\_x.c") is left as it
 * is, and so is text without any backslash (returned unchanged, no copy).
 */
export function unescapeMarkdown(text: string): string {
  if (!text.includes('\\')) return text;
  if (text.replace(/\\[_*]/g, '').includes('\\')) return text;
  return text.replace(/\\([_*])/g, '$1');
}
