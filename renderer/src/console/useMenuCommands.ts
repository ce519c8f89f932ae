// Performs the Electron File menu's commands (`ui.command` events): Open
// transcript… (native dialog), Save transcript…, Export report…. Export is
// offered first to the investigation view as a cancelable DOM event
// `poolsleuth:export-report` (it knows the chosen format); if nobody handles
// it, the last report is exported as HTML.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoolSleuthBridge, UiCommand } from '../../../electron/contract';
import { subscribeEvents } from '../bridge/bridgeEvents';
import { errorMessage } from '../bridge/bridgeError';
import { downloadText } from '../investigation/export/downloadFile';
import { savedTranscriptNotice } from './savedTranscriptNotice';
import { saveTranscript } from './transcriptActions';

export const exportReportEventName = 'poolsleuth:export-report';

export function useMenuCommands(bridge: PoolSleuthBridge, notify: (text: string, tone?: 'info' | 'error') => void): void {
  const { t } = useTranslation();
  useEffect(() => {
    const perform = async (command: UiCommand) => {
      switch (command) {
        case 'open-transcript':
          await bridge.invoke('transcript.openWithDialog', {});
          return;
        case 'save-transcript':
          notify(savedTranscriptNotice(await saveTranscript(bridge, 'transcript'), t));
          return;
        case 'export-report': {
          const unhandled = window.dispatchEvent(new CustomEvent(exportReportEventName, { cancelable: true }));
          if (!unhandled) return;
          const report = await bridge.invoke('investigation.exportReport', { format: 'html' });
          downloadText(report.fileName, report.mimeType, report.content);
          return;
        }
      }
    };
    return subscribeEvents(bridge, {
      'ui.command': ({ command }) => {
        perform(command).catch((err: unknown) => notify(t(`menu.failed.${command}`, { message: errorMessage(err) }), 'error'));
      },
    });
  }, [bridge, notify, t]);
}
