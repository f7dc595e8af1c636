import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module.js';
import { SeekerImportRunner } from './seeker-import.runner.js';
import { PolicyModule } from '../../policy/policy.module.js';
import { SeekersModule } from '../../seekers/seekers.module.js';
import { SeekerImportsController } from './seeker-imports.controller.js';
import { SeekerImportsResolver } from './seeker-imports.resolver.js';
import { SeekerImportsService } from './seeker-imports.service.js';
import { SeekerImport } from './seeker-import.entity.js';
import { registerEnums } from '../../graphql/enums.js';
import { ImportFormat, ImportStatus } from './import-vocab.js';

registerEnums([
  [ImportStatus, 'SeekerImportStatus', '名册导入状态'], [ImportFormat, 'SeekerImportFormat', '名册文件格式'],
]);

@Module({
  imports: [AuthModule, PolicyModule, SeekersModule],
  providers: [SeekerImportRunner, SeekerImportsService, SeekerImportsResolver],
  controllers: [SeekerImportsController],
  exports: [SeekerImportRunner],
})
export class ImportModule {
  /** Entities this feature owns: the data source collects them (see features.ts). */
  static readonly entities = [SeekerImport];
}
