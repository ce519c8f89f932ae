// The source path mappings (PDB path prefix → folder here or on the SSH host)
// for the source viewer, in their own settings file.
import { z } from 'zod';
import { sourcePathMappingSchema, type SourcePathMapping } from '../contract';
import { damagedFileError, readConfFile, type SettingsFileLocation } from './confFile';
import { ConfFileStore } from './confFileStore';

const fileSchema = z.object({ mappings: z.array(sourcePathMappingSchema).max(100).default([]) });
type MappingFile = z.output<typeof fileSchema>;

export class SourcePathMappingStore extends ConfFileStore<MappingFile> {
  constructor(location: SettingsFileLocation = {}) {
    super({
      ...location,
      configName: 'source-paths',
      defaults: { mappings: [] },
      what: 'source path settings',
    });
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
