// The desktop app's SecretStore: ciphertexts from Electron's safeStorage in
// secrets.json, in the same settings folder as settings.json and known-hosts.json
// ($POOLSLEUTH_SETTINGS_DIR, else conf's folder — see settings/settingsFolder.ts).
// Create it after app 'ready': safeStorage reports no encryption before that.
import { SafeStorageSecretStore, secretsFilePath, type SafeStorageLike } from '../settings/secretStore';
import { settingsDirFromEnvironment } from '../settings/settingsFolder';

export function createAppSecretStore(safeStorage: SafeStorageLike, env: NodeJS.ProcessEnv = process.env): SafeStorageSecretStore {
  return new SafeStorageSecretStore(safeStorage, secretsFilePath(settingsDirFromEnvironment(env)));
}
