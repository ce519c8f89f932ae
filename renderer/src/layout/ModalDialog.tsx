// A native modal <dialog>: focus is trapped by the browser, Escape closes it
// (through onClose, so React state stays the source of truth), and focus goes
// back to where it was when it closes. The dialog is named by its DialogTitle,
// wherever in the dialog's layout that heading stands.
import { createContext, useContext, useEffect, useId, useRef, type ReactNode } from 'react';

const TitleId = createContext<string | undefined>(undefined);

interface ModalDialogProps {
  className?: string;
  onClose(): void;
  children: ReactNode;
}

export function ModalDialog({ className, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      previous?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal-dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onCancel={(ev) => {
        ev.preventDefault();
        onClose();
      }}
    >
      <TitleId value={titleId}>{children}</TitleId>
    </dialog>
  );
}

/** The heading of the ModalDialog it stands in, which takes its name from it. */
export function DialogTitle({ children }: { children: ReactNode }) {
  return <h2 id={useContext(TitleId)}>{children}</h2>;
}
