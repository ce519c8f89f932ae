// Help → About: name, version and the runtime versions a bug report needs.
import { app, dialog, type BrowserWindow } from 'electron';

export function aboutDetail(versions: NodeJS.ProcessVersions, system = `${process.platform} ${process.arch}`): string {
  return [
    'Desktop front end for the Windows kernel debuggers kd and cdb.',
    '',
    `Electron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node ${versions.node} · V8 ${versions.v8}`,
    `OS: ${system}`,
  ].join('\n');
}

export async function showAboutDialog(parent: BrowserWindow | null): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'About PoolSleuth',
    message: `PoolSleuth ${app.getVersion()}`,
    detail: aboutDetail(process.versions),
    buttons: ['OK'],
  };
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
