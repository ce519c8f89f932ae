// What every settings store shares: one conf file, opened when the store is made (a file
// that is not JSON is reported by name, see confFile.ts), and its path. Each store adds
// the schema and the operations of what its file holds.
import type Conf from 'conf';
import { openConfFile, type ConfFileOptions } from './confFile';

export abstract class ConfFileStore<T extends Record<string, unknown>> {
  protected readonly conf: Conf<T>;

  protected constructor(file: ConfFileOptions<T>) {
    this.conf = openConfFile<T>(file);
  }

  get path(): string {
    return this.conf.path;
  }
}
