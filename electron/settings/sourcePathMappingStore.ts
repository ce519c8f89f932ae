// The source path mappings (PDB path prefix → folder here or on the SSH host)
// for the source viewer, in their own settings file.
import type Conf from 'conf';
import { z } from 'zod';
import { sourcePathMappingSchema, type SourcePathMapping } from '../contract';
import { damagedFileError, openConfFile, readConfFile } from './confFile';

const fileSchema = z.object({ mappings: z.array(sourcePathMappingSchema).max(100).default([]) });
type MappingFile = z.output<typeof fileSchema>;

export class SourcePathMappingStore {
  private readonly conf: Conf<MappingFile>;

  constructor(options: { cwd?: string; projectName?: string } = {}) {
    this.conf = openConfFile<MappingFile>({
      configName: 'source-paths',
      cwd: options.cwd,
      projectName: options.projectName,
      defaults: { mappings: [] },
      what: 'source path settings',
    });
  }

  get path(): string {
    return this.conf.path;
  }

  list(): SourcePathMapping[] {
    const parsed = fileSchema.safeParse(readConfFile(this.conf, 'source path settings'));
    if (!parsed.success) throw damagedFileError('source path settings', this.conf.path);
    return parsed.data.mappings;
  }

  save(mappings: SourcePathMapping[]): void {
    this.conf.set('mappings', fileSchema.parse({ mappings }).mappings);
  }
}
