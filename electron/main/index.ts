// Electron main entry (built to out/main/index.cjs): the shell over the core service.
import { existsSync } from 'node:fs';
import { app, safeStorage, utilityProcess } from 'electron';
import { createCoreService } from '../service/coreService';
import { createAppSecretStore } from './appSecretStore';
import { bundledResources } from './bundledResources';
import { kdsimUtilityModule, utilityProcessKdsim } from './demoTargetLauncher';
import { startMainProcess } from './mainProcess';
import { withNativeFileDialogs } from './nativeFileDialogs';

const mainDir = import.meta.dirname;
// process.resourcesPath is Electron's: <install>/resources when packaged.
const { breakHelperScript } = bundledResources(app.isPackaged, process.resourcesPath);

startMainProcess({
  // Called once the app is ready, as safeStorage requires.
  createCore: () =>
    withNativeFileDialogs(
      createCoreService({
        // The demo target runs in a utilityProcess; the child-process launcher is never used here
        // (an empty argv prefix, so it could not start a second copy of the app by mistake).
        cliLauncher: { argvPrefix: [] },
        kdsimTransport: utilityProcessKdsim(
          (modulePath, args, options) => utilityProcess.fork(modulePath, args, options),
          kdsimUtilityModule(mainDir, app.isPackaged),
          process.env,
        ),
        secretStore: createAppSecretStore(safeStorage),
        // Windows break-ins run the shipped Send-DebuggerBreak.ps1 (-File) when it is there.
        breakHelperScript: existsSync(breakHelperScript) ? breakHelperScript : undefined,
      }),
    ),
  mainDir,
  argv: process.argv,
  env: process.env,
  teeConsole: true,
});
