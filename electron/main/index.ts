// Electron main entry (built to out/main/index.cjs): the shell over the core service.
import { app, safeStorage } from 'electron';
import { createCoreService } from '../service/coreService';
import { createAppSecretStore } from './appSecretStore';
import { electronCliLauncher } from './demoTargetLauncher';
import { startMainProcess } from './mainProcess';
import { withNativeFileDialogs } from './nativeFileDialogs';

const mainDir = import.meta.dirname;

startMainProcess({
  // Called once the app is ready, as safeStorage requires.
  createCore: () =>
    withNativeFileDialogs(
      createCoreService({
        cliLauncher: electronCliLauncher(mainDir, app.isPackaged),
        secretStore: createAppSecretStore(safeStorage),
      }),
    ),
  mainDir,
  argv: process.argv,
  env: process.env,
});
