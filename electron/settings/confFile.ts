// Opening and reading a settings file kept with conf. conf throws a bare JSON
// SyntaxError ("Expected property name … at position 1") for a file that is not JSON,
// both when it is opened and on later reads; the user needs to know which file.
import Conf from 'conf';
import { defaultSettingsDir, settingsFilePath, settingsProjectName } from './settingsFolder';

/** Where a settings file lives; every store takes one. */
export interface SettingsFileLocation {
  /** Folder (tests, $POOLSLEUTH_SETTINGS_DIR); default: conf's folder for the project. */
  cwd?: string;
  projectName?: string;
}

export interface ConfFileOptions<T extends Record<string, unknown>> extends SettingsFileLocation {
  /** conf's configName (conf adds ".json"). */
  configName: string;
  defaults: T;
  /** What the file holds, for messages: "settings", "known-hosts", "source path settings". */
  what: string;
  /** Start afresh from the defaults when the file is not JSON (only for disposable lists). */
  resetWhenNotJson?: boolean;
}

/** "The settings file /x/settings.json is damaged (reason); fix or delete it." */
export function damagedFileError(what: string, file: string, reason?: string): Error {
  return new Error(`The ${what} file ${file} is damaged${reason ? ` (${reason})` : ''}; fix or delete it.`);
}

function isUnreadableJson(err: unknown): boolean {
  return err instanceof SyntaxError;
}

export function openConfFile<T extends Record<string, unknown>>(options: ConfFileOptions<T>): Conf<T> {
  const cwd = options.cwd ?? defaultSettingsDir(options.projectName);
  try {
    return new Conf<T>({
      projectName: options.projectName ?? settingsProjectName,
      configName: options.configName,
      cwd,
      defaults: options.defaults,
      clearInvalidConfig: options.resetWhenNotJson ?? false,
    });
  } catch (err) {
    if (isUnreadableJson(err)) throw damagedFileError(options.what, settingsFilePath(`${options.configName}.json`, cwd), 'not JSON');
    throw err;
  }
}

/** The file's parsed content, unvalidated (the caller's schema checks it). */
export function readConfFile<T extends Record<string, unknown>>(conf: Conf<T>, what: string): unknown {
  try {
    return conf.store;
  } catch (err) {
    if (isUnreadableJson(err)) throw damagedFileError(what, conf.path, 'not JSON');
    throw err;
  }
}
