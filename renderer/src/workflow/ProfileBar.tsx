// Saved and recent connection profiles: pick one to fill the form, save the
// form under a name, delete a saved one. Profiles live in the core's settings
// file and never hold a password (the form has no password field).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionProfile, PoolSleuthBridge } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { draftFromProfile, profileFromDraft, type TargetDraft } from './targetDraft';
import type { ProfilesState } from './useProfiles';

interface ProfileBarProps {
  bridge: PoolSleuthBridge;
  profiles: ProfilesState;
  draft: TargetDraft;
  selectedId: string;
  onSelect(id: string, draft: TargetDraft | null): void;
  onError(message: string | null): void;
  disabled: boolean;
}

export function newProfileId(): string {
  return `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function ProfileBar({ bridge, profiles, draft, selectedId, onSelect, onError, disabled }: ProfileBarProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const { profiles: saved, recent } = profiles.list;
  const selected = saved.find((p) => p.id === selectedId);
  const usedAt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  const choose = (value: string) => {
    const [source, key] = value.split(':', 2) as [string, string];
    const profile: ConnectionProfile | undefined =
      source === 'saved' ? saved.find((p) => p.id === key) : source === 'recent' ? recent[Number(key)]?.profile : undefined;
    onSelect(source === 'saved' ? key : '', profile ? draftFromProfile(profile, draft) : null);
  };

  const save = async (ev: FormEvent) => {
    ev.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    const existing = saved.find((p) => p.name === trimmed);
    const profile = profileFromDraft(draft, existing?.id ?? newProfileId(), trimmed);
    if ('problem' in profile) {
      onError(t(`target.problem.${profile.problem}`));
      return;
    }
    try {
      await bridge.invoke('profiles.save', { profile });
      onError(null);
      setSaving(false);
      onSelect(profile.id, null);
      profiles.reload();
    } catch (err) {
      onError(t('profiles.saveFailed', { message: errorMessage(err) }));
    }
  };

  const remove = async () => {
    if (!selected) return;
    try {
      await bridge.invoke('profiles.delete', { id: selected.id });
      onSelect('', null);
      profiles.reload();
    } catch (err) {
      onError(t('profiles.deleteFailed', { message: errorMessage(err) }));
    }
  };

  return (
    <div className="profile-bar">
      <div className="field-input-row">
        <label htmlFor={id} className="inline-label">
          {t('profiles.label')}
        </label>
        <select id={id} value={selected ? `saved:${selected.id}` : ''} disabled={disabled} onChange={(ev) => choose(ev.target.value)}>
          <option value="">{t('profiles.none')}</option>
          {saved.length > 0 && (
            <optgroup label={t('profiles.saved')}>
              {saved.map((p) => (
                <option key={p.id} value={`saved:${p.id}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          )}
          {recent.length > 0 && (
            <optgroup label={t('profiles.recent')}>
              {recent.map((r, i) => (
                <option key={`${r.usedAt}-${i}`} value={`recent:${i}`}>
                  {t('profiles.recentEntry', { name: r.profile.name, date: usedAt.format(new Date(r.usedAt)) })}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <button type="button" className="btn btn-small" disabled={disabled} aria-expanded={saving} onClick={() => (setName(selected?.name ?? ''), setSaving(!saving))}>
          {t('profiles.saveAs')}
        </button>
        <button type="button" className="btn btn-small" disabled={disabled || !selected} onClick={() => void remove()}>
          {t('profiles.delete')}
        </button>
      </div>
      {saving && (
        <form className="field-input-row profile-save" onSubmit={(ev) => void save(ev)}>
          <label htmlFor={`${id}-name`} className="inline-label">
            {t('profiles.name')}
          </label>
          <input id={`${id}-name`} type="text" autoFocus maxLength={120} value={name} onChange={(ev) => setName(ev.target.value)} />
          <button type="submit" className="btn btn-small btn-primary" disabled={!name.trim()}>
            {t('profiles.save')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setSaving(false)}>
            {t('prompt.cancel')}
          </button>
        </form>
      )}
      {profiles.error && <p className="error-text">{t('profiles.loadFailed', { message: profiles.error })}</p>}
    </div>
  );
}
