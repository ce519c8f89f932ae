// The open state of a small popup menu (export formats, an address's commands): when it
// opens, focus goes to its first item; a mouse press outside the container closes it.
// toggleProps are the attributes of the button that opens and closes it.
import { useEffect, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';

interface MenuToggleProps {
  'aria-haspopup': 'menu';
  'aria-expanded': boolean;
  onClick(): void;
}

export function usePopupMenu(containerRef: RefObject<HTMLElement | null>): [boolean, Dispatch<SetStateAction<boolean>>, MenuToggleProps] {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    containerRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (ev: MouseEvent) => {
      if (!containerRef.current?.contains(ev.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open, containerRef]);
  return [open, setOpen, { 'aria-haspopup': 'menu', 'aria-expanded': open, onClick: () => setOpen((o) => !o) }];
}
