// Can a real Electron window open here? One line saying why not, or null.
import { findElectronBinary } from '../../build/scripts/start/electronBinary.mjs';

export function electronUnavailableReason(env: NodeJS.ProcessEnv = process.env, platform = process.platform, uid = process.getuid?.()): string | null {
  if (!findElectronBinary()) {
    return 'no Electron binary in node_modules/electron (npm install does not download it here); with internet access run `node node_modules/electron/install.js`, then npm run test:electron';
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'no display (DISPLAY/WAYLAND_DISPLAY unset); run it in a desktop session or under `xvfb-run -a npm run test:electron`';
  if (platform === 'linux' && uid === 0) return 'running as root: Chromium refuses to start with its sandbox on as root, and PoolSleuth does not turn the sandbox off';
  return null;
}
