// An allocation's address: pressing it runs `!pool <addr>`; its context menu (right
// click, the Menu key or Shift+F10, or the ⋯ button) also offers `!verifier 0x80 <addr>`.
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commandFor, isSafeAddress, type ConsoleAction } from './consoleCommands';
import { useRunCommand } from './useConsoleCommands';
import { usePopupMenu } from '../../layout/usePopupMenu';

export function AllocationAddress({ address }: { address: string }) {
  const { t } = useTranslation();
  const run = useRunCommand();
  const menuRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen, toggleProps] = usePopupMenu(menuRef);

  if (!isSafeAddress(address)) return <span className="inv-plain mono">{address}</span>;
  const actions: ConsoleAction[] = [
    { kind: 'pool', address },
    { kind: 'verifier-log', address },
    { kind: 'ln', address },
  ];
  const choose = (action: ConsoleAction) => {
    setOpen(false);
    toggleRef.current?.focus();
    run(action);
  };
  return (
    <span className="inv-address">
      <button
        type="button"
        className="inv-cmd mono"
        title={t('inv.commands.runTitle', { command: commandFor(actions[0]!) })}
        onClick={() => run(actions[0]!)}
        onContextMenu={(ev) => {
          ev.preventDefault();
          setOpen(true);
        }}
        onKeyDown={(ev) => {
          if (ev.key === 'ContextMenu' || (ev.key === 'F10' && ev.shiftKey)) {
            ev.preventDefault();
            setOpen(true);
          }
        }}
      >
        {address}
      </button>
      <button
        ref={toggleRef}
        type="button"
        className="inv-more"
        {...toggleProps}
        aria-label={t('inv.commands.moreActions', { address })}
        title={t('inv.commands.moreActions', { address })}
      >
        ⋯
      </button>
      {open && (
        <div
          ref={menuRef}
          role="menu"
          className="inv-menu"
          aria-label={t('inv.commands.moreActions', { address })}
          onKeyDown={(ev) => menuKeys(ev, () => {
            setOpen(false);
            toggleRef.current?.focus();
          })}
        >
          {actions.map((action) => {
            const command = commandFor(action)!;
            return (
              <button key={action.kind} type="button" role="menuitem" tabIndex={-1} className="inv-menu-item mono" onClick={() => choose(action)}>
                {command}
              </button>
            );
          })}
        </div>
      )}
    </span>
  );
}

/** Arrow keys move between the items of an open menu, Escape and Tab close it. */
export function menuKeys(ev: KeyboardEvent<HTMLElement>, close: () => void): void {
  const items = [...ev.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const move = (i: number) => {
    ev.preventDefault();
    items[(i + items.length) % items.length]?.focus();
  };
  if (ev.key === 'ArrowDown') move(at + 1);
  else if (ev.key === 'ArrowUp') move(at - 1);
  else if (ev.key === 'Home') move(0);
  else if (ev.key === 'End') move(items.length - 1);
  else if (ev.key === 'Escape' || ev.key === 'Tab') {
    if (ev.key === 'Escape') ev.preventDefault();
    close();
  }
}
