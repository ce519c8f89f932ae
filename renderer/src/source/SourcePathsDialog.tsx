// Settings → Source paths: where the source files named in the PDB live. Each
// row maps a Windows path prefix (as the debugger prints it) to a folder on
// this computer or on the SSH host. Saved by the core in its settings folder.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sourcePathMappingSchema, type PoolSleuthBridge, type SourcePathMapping } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { DialogButtons } from '../layout/DialogButtons';
import { DialogTitle, ModalDialog } from '../layout/ModalDialog';
import { RemovableRowsHead, RemoveRowCell } from '../layout/RemovableRowsTable';

interface SourcePathsDialogProps {
  bridge: PoolSleuthBridge;
  /** A prefix to add as a new row (from the source viewer), or null. */
  suggestedPrefix: string | null;
  onClose(): void;
}

type Row = SourcePathMapping & { key: number };
let nextKey = 1;
const row = (m: SourcePathMapping): Row => ({ ...m, key: nextKey++ });

export function SourcePathsDialog({ bridge, suggestedPrefix, onClose }: SourcePathsDialogProps) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    bridge.invoke('sourcePaths.list', {}).then(
      ({ mappings }) => {
        if (cancelled) return;
        const loaded = mappings.map(row);
        const wanted = suggestedPrefix && !mappings.some((m) => m.prefix.toLowerCase() === suggestedPrefix.toLowerCase());
        setRows(wanted ? [...loaded, row({ prefix: suggestedPrefix, location: 'local', folder: '' })] : loaded);
      },
      (err: unknown) => !cancelled && (setError(errorMessage(err)), setRows([])),
    );
    return () => {
      cancelled = true;
    };
  }, [bridge, suggestedPrefix]);

  const update = (key: number, patch: Partial<SourcePathMapping>) => setRows((rs) => rs?.map((r) => (r.key === key ? { ...r, ...patch } : r)) ?? rs);

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!rows) return;
    const mappings = rows.map(({ key: _key, ...m }) => ({ ...m, prefix: m.prefix.trim(), folder: m.folder.trim() })).filter((m) => m.prefix || m.folder);
    const bad = mappings.findIndex((m) => !sourcePathMappingSchema.safeParse(m).success);
    if (bad >= 0) {
      setError(t('sourcePaths.rowInvalid', { row: bad + 1 }));
      return;
    }
    try {
      await bridge.invoke('sourcePaths.save', { mappings });
      onClose();
    } catch (err) {
      setError(t('sourcePaths.saveFailed', { message: errorMessage(err) }));
    }
  };

  return (
    <ModalDialog className="settings-dialog" onClose={onClose}>
      <form onSubmit={(ev) => void save(ev)}>
        <DialogTitle>{t('sourcePaths.title')}</DialogTitle>
        <p className="field-hint">{t('sourcePaths.explanation')}</p>
        {rows === null ? (
          <p className="field-hint">{t('source.loading')}</p>
        ) : (
          <table className="mapping-table">
            <RemovableRowsHead headings={[t('sourcePaths.prefix'), t('sourcePaths.location'), t('sourcePaths.folder')]} actionsHeading={t('sourcePaths.actions')} />
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={4} className="field-hint">
                    {t('sourcePaths.empty')}
                  </td>
                </tr>
              )}
              {rows.map((r, i) => (
                <tr key={r.key}>
                  <td>
                    <input
                      type="text"
                      className="mono"
                      aria-label={t('sourcePaths.prefixOfRow', { row: i + 1 })}
                      placeholder={'d:\\coding\\wdmdrivers\\'}
                      value={r.prefix}
                      spellCheck={false}
                      onChange={(ev) => update(r.key, { prefix: ev.target.value })}
                    />
                  </td>
                  <td>
                    <select aria-label={t('sourcePaths.locationOfRow', { row: i + 1 })} value={r.location} onChange={(ev) => update(r.key, { location: ev.target.value as 'local' | 'ssh' })}>
                      <option value="local">{t('sourcePaths.local')}</option>
                      <option value="ssh">{t('sourcePaths.ssh')}</option>
                    </select>
                  </td>
                  <td>
                    <input
                      type="text"
                      className="mono"
                      aria-label={t('sourcePaths.folderOfRow', { row: i + 1 })}
                      placeholder={r.location === 'ssh' ? 'C:/src/mydriver' : '/home/me/src'}
                      value={r.folder}
                      spellCheck={false}
                      onChange={(ev) => update(r.key, { folder: ev.target.value })}
                    />
                  </td>
                  <RemoveRowCell
                    label={t('sourcePaths.remove')}
                    accessibleName={t('sourcePaths.removeRow', { row: i + 1 })}
                    onRemove={() => setRows(rows.filter((x) => x.key !== r.key))}
                  />
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="button-row">
          <button type="button" className="btn btn-small" onClick={() => setRows([...(rows ?? []), row({ prefix: '', location: 'local', folder: '' })])}>
            {t('sourcePaths.add')}
          </button>
        </div>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <DialogButtons cancel={{ label: t('prompt.cancel'), onClick: onClose }}>
          <button type="submit" className="btn btn-primary" disabled={rows === null}>
            {t('sourcePaths.save')}
          </button>
        </DialogButtons>
      </form>
    </ModalDialog>
  );
}
