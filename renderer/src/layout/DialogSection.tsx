// A titled section of a dialog (Settings, Help): a rule above, an <h3>, and the section
// named by it. headingId lets a table or list inside take the same name.
import type { ReactNode, Ref } from 'react';

interface DialogSectionProps {
  headingId: string;
  heading: string;
  /** With tabIndex -1 the section can take focus (kept in it after its focused row goes away). */
  ref?: Ref<HTMLElement>;
  tabIndex?: number;
  children: ReactNode;
}

export function DialogSection({ headingId, heading, ref, tabIndex, children }: DialogSectionProps) {
  return (
    <section className="settings-section" aria-labelledby={headingId} ref={ref} tabIndex={tabIndex}>
      <h3 id={headingId}>{heading}</h3>
      {children}
    </section>
  );
}
