// pooltag.txt (Debugging Tools' triage\pooltag.txt, or a team's own list): one tag a
// line, "Tag - binary - description", with "rem" / "//" comment lines. Tags may be
// shorter than four characters and may use ? or * wildcards ("Ntf? - ntfs.sys - …").

export interface PoolTagDescription {
  /** As written, trailing spaces trimmed; may contain ? and * wildcards. */
  tag: string;
  binary: string | null;
  description: string | null;
}

const COMMENT = /^\s*(?:rem\b|\/\/|;|#)/i;
const BINARY = /(?:\.(?:sys|exe|dll)|!\w)/i;

export function parsePoolTagFile(text: string): PoolTagDescription[] {
  const entries: PoolTagDescription[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim().length === 0 || COMMENT.test(raw)) continue;
    const parts = raw.split(/\s+-\s+/);
    if (parts.length < 2) continue;
    const tag = parts[0]!.replace(/^\s+/, '').trimEnd();
    if (tag.length === 0 || tag.length > 4) continue;
    const rest = parts.slice(1).map((p) => p.trim());
    let binary: string | null = null;
    let description: string | null;
    if (rest.length >= 2) {
      binary = rest[0]! || null;
      description = rest.slice(1).join(' - ') || null;
    } else if (BINARY.test(rest[0]!) && !/\s/.test(rest[0]!)) {
      binary = rest[0]!;
      description = null;
    } else {
      description = rest[0] || null;
    }
    entries.push({ tag, binary, description });
  }
  return entries;
}

function wildcardMatches(pattern: string, tag: string): boolean {
  const p = pattern.padEnd(4, ' ');
  const t = tag.padEnd(4, ' ');
  for (let i = 0; i < 4; i++) {
    if (p[i] === '*') return true;
    if (p[i] !== '?' && p[i] !== t[i]) return false;
  }
  return true;
}

/** Entries for a tag: exact matches first, then wildcard ones (case-sensitive, as tags are). */
export function lookupPoolTag(entries: PoolTagDescription[], tag: string): PoolTagDescription[] {
  const exact = entries.filter((e) => e.tag === tag.trimEnd());
  const wild = entries.filter((e) => /[?*]/.test(e.tag) && e.tag !== tag && wildcardMatches(e.tag, tag));
  return [...exact, ...wild];
}
