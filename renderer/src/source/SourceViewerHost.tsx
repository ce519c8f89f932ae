// Listens for openSourceLocation() calls, reads the file through the core
// (`source.read`, which applies the user's source path mappings) and shows it.
import { useEffect, useState } from 'react';
import type { PoolSleuthBridge } from '../../../electron/contract';
import { errorMessage } from '../bridge/bridgeError';
import { SourceViewerDialog, type SourceView } from './SourceViewerDialog';
import { onSourceLocationRequest, type SourceLocationRequest } from './sourceViewerStore';

interface SourceViewerHostProps {
  bridge: PoolSleuthBridge;
  /** Opens Settings → Source paths with a suggested prefix for this file. */
  onAddMapping(suggestedPrefix: string): void;
}

/** `d:\coding\drv\x.c` → `d:\coding\drv\`: the folder is what a mapping names. */
export function folderPrefixOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('\\'), file.lastIndexOf('/'));
  return cut > 0 ? file.slice(0, cut + 1) : file;
}

export function SourceViewerHost({ bridge, onAddMapping }: SourceViewerHostProps) {
  const [request, setRequest] = useState<SourceLocationRequest | null>(null);
  const [view, setView] = useState<SourceView>({ status: 'loading' });

  useEffect(() => onSourceLocationRequest(setRequest), []);

  useEffect(() => {
    if (!request) return;
    let cancelled = false;
    setView({ status: 'loading' });
    bridge.invoke('source.read', { file: request.file.slice(0, 1024), line: request.line }).then(
      (result) => !cancelled && setView({ status: 'loaded', result }),
      (err: unknown) => !cancelled && setView({ status: 'error', message: errorMessage(err) }),
    );
    return () => {
      cancelled = true;
    };
  }, [bridge, request]);

  if (!request) return null;
  return (
    <SourceViewerDialog
      key={`${request.file}:${request.line}`}
      request={request}
      view={view}
      onClose={() => setRequest(null)}
      onAddMapping={() => {
        const prefix = folderPrefixOf(request.file);
        setRequest(null);
        onAddMapping(prefix);
      }}
    />
  );
}
