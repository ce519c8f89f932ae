// Files shipped next to app.asar as extra resources (build/electron-builder.yml
// extraResources), found through process.resourcesPath in a packaged app and in
// build/ in a checkout:
//   helpers/Send-DebuggerBreak.ps1  the Windows console break-in helper (powershell.exe runs it
//                                   from a real file, which an asar entry is not)
//   icons/poolsleuth.png            the window icon on Linux
import { join } from 'node:path';
import { breakHelperFileName } from '../debugger/windowsBreakHelper';
import { repoRoot } from '../service/nodeEntryPoints';

export interface BundledResources {
  breakHelperScript: string;
  windowIcon: string;
}

export function bundledResources(isPackaged: boolean, resourcesPath: string): BundledResources {
  if (isPackaged) {
    return { breakHelperScript: join(resourcesPath, 'helpers', breakHelperFileName), windowIcon: join(resourcesPath, 'icons', 'poolsleuth.png') };
  }
  return { breakHelperScript: join(repoRoot, 'build', 'helpers', breakHelperFileName), windowIcon: join(repoRoot, 'build', 'icons', 'png', '256x256.png') };
}
