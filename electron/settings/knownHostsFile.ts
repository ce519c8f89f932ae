// The format and place of known-hosts.json (host keys accepted with "remember"): shared by
// the app's store, which writes it through conf, and the CLI, which only reads it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { rememberedHostKeySchema, type RememberedHostKey } from '../contract/knownHostTypes';
import { damagedFileError } from './confFile';
import { settingsFilePath } from './settingsFolder';

export const knownHostsFileSchema = z.object({ hosts: z.array(rememberedHostKeySchema).default([]) });
export type KnownHostsFile = z.infer<typeof knownHostsFileSchema>;

/** conf's configName for the file (conf adds ".json"). */
export const knownHostsConfigName = 'known-hosts';

/** Where conf keeps the file for `settingsDir` (undefined: the default settings folder). */
export function knownHostsFilePath(settingsDir?: string): string {
  return settingsFilePath(`${knownHostsConfigName}.json`, settingsDir);
}


/** The remembered keys in the parsed file; a file that fails the schema is damaged. */
export function rememberedKeysIn(data: unknown, file: string): RememberedHostKey[] {
  const parsed = knownHostsFileSchema.safeParse(data);
  if (!parsed.success) throw damagedFileError('known-hosts', file);
  return parsed.data.hosts;
}

/** Reads the file without creating or rewriting anything; a missing file holds no keys. */
export function readRememberedHostKeys(file: string): RememberedHostKey[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`Cannot read the known-hosts file ${file}: ${(err as Error).message}`, { cause: err });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw damagedFileError('known-hosts', file, 'not JSON');
  }
  return rememberedKeysIn(data, file);
}
