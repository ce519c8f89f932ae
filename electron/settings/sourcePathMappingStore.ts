// The source path mappings (PDB path prefix → folder here or on the SSH host)
// for the source viewer, in their own settings file.
import Conf from 'conf';
import { z } from 'zod';
import { sourcePathMappingSchema, type SourcePathMapping } from '../contract';

const fileSchema = z.object({ mappings: z.array(sourcePathMappingSchema).max(100).default([]) });
type MappingFile = z.output<typeof fileSchema>;

export class SourcePathMappingStore {
  private readonly conf: Conf<MappingFile>;

  constructor(options: { cwd?: string; projectName?: string } = {}) {
    this.conf = new Conf<MappingFile>({
      projectName: options.projectName ?? 'poolsleuth',
      configName: 'source-paths',
      cwd: options.cwd,
      defaults: { mappings: [] },
    });
  }

  get path(): string {
    return this.conf.path;
  }

  list(): SourcePathMapping[] {
    const parsed = fileSchema.safeParse(this.conf.store);
    if (!parsed.success) throw new Error(`The source path settings ${this.conf.path} are damaged; fix or delete the file.`);
    return parsed.data.mappings;
  }

  save(mappings: SourcePathMapping[]): void {
    this.conf.set('mappings', fileSchema.parse({ mappings }).mappings);
  }
}
