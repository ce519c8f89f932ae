// Where the settings files live, for the app and the CLI alike: $POOLSLEUTH_SETTINGS_DIR
// when set (tests, a portable setup), else conf's default folder for the project. The
// default is computed as conf computes it (env-paths, suffix "nodejs") so that a reader
// can find a file without constructing Conf, which creates the folder and writes defaults.
import path from 'node:path';
import envPaths from 'env-paths';

export const settingsProjectName = 'poolsleuth';

/** $POOLSLEUTH_SETTINGS_DIR when set and not empty; undefined means the default folder. */
export function settingsDirFromEnvironment(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.POOLSLEUTH_SETTINGS_DIR || undefined;
}

/** conf's default `cwd` for a project: `envPaths(projectName, { suffix: 'nodejs' }).config`. */
export function defaultSettingsDir(projectName = settingsProjectName): string {
  return envPaths(projectName, { suffix: 'nodejs' }).config;
}

/** A file in the settings folder: `settingsDir` (tests, $POOLSLEUTH_SETTINGS_DIR), else conf's default. */
export function settingsFilePath(fileName: string, settingsDir?: string, projectName = settingsProjectName): string {
  return path.resolve(settingsDir ?? defaultSettingsDir(projectName), fileName);
}
