// The argv a preset will run as, asked from the core as the user types
// (debounced), so the preview and the field errors use the core's own rules.
import { useEffect, useState } from 'react';
import type { PoolSleuthBridge } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { presetFromDraft, type PresetDraft } from './presetDraft';
import { issueForArgv, type TargetIssue } from './targetResolution';

export type ArgvPreviewState = { status: 'pending' } | { status: 'ok'; argv: string[] } | { status: 'issue'; issue: TargetIssue } | { status: 'error'; message: string };

export function useArgvPreview(bridge: PoolSleuthBridge, draft: PresetDraft, delayMs = 200): ArgvPreviewState {
  const [state, setState] = useState<ArgvPreviewState>({ status: 'pending' });
  const key = JSON.stringify(draft);
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      bridge.invoke('local.buildArgv', { preset: presetFromDraft(JSON.parse(key) as PresetDraft), checkFiles: false }).then(
        (result) => {
          if (cancelled) return;
          setState(result.valid ? { status: 'ok', argv: result.argv } : { status: 'issue', issue: issueForArgv(result) });
        },
        (err: unknown) => !cancelled && setState({ status: 'error', message: errorMessage(err) }),
      );
    }, delayMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [bridge, key, delayMs]);
  return state;
}
