// Long identifiers (bug check names, Windows paths, symbols) may wrap after _ \ / ! —
// never in the middle of a word the way overflow-wrap:anywhere would.
import { Fragment } from 'react';

export function BreakableText({ text }: { text: string }) {
  const parts = text.split(/(?<=[_\\/!])/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </Fragment>
      ))}
    </>
  );
}
