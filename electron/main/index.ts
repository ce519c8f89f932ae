// Electron main entry (built to out/main/index.cjs): the shell over the core service.
import { app } from 'electron';
import { createCoreService } from '../service/coreService';
import { electronCliLauncher } from './demoTargetLauncher';
import { startMainProcess } from './mainProcess';
import { withNativeFileDialogs } from './nativeFileDialogs';

const mainDir = import.meta.dirname;

startMainProcess({
  createCore: () => withNativeFileDialogs(createCoreService({ cliLauncher: electronCliLauncher(mainDir, app.isPackaged) })),
  mainDir,
  argv: process.argv,
  env: process.env,
});
