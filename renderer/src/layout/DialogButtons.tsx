// The row of buttons at the foot of a dialog, right-aligned: Cancel first when the
// dialog has one, then the dialog's own buttons (its primary action last).
import type { ReactNode } from 'react';

interface DialogButtonsProps {
  cancel?: { label: string; onClick(): void };
  children: ReactNode;
}

export function DialogButtons({ cancel, children }: DialogButtonsProps) {
  return (
    <div className="button-row dialog-buttons">
      {cancel && (
        <button type="button" className="btn" onClick={cancel.onClick}>
          {cancel.label}
        </button>
      )}
      {children}
    </div>
  );
}
