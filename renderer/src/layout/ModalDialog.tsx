// A native modal <dialog>: focus is trapped by the browser, Escape closes it
// (through onClose, so React state stays the source of truth), and focus goes
// back to where it was when it closes.
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  labelledBy: string;
  className?: string;
  onClose(): void;
  children: ReactNode;
}

export function ModalDialog({ labelledBy, className, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
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
      aria-labelledby={labelledBy}
      onCancel={(ev) => {
        ev.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
