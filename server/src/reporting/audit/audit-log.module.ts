import { Module } from '@nestjs/common';
import { registerEnums } from '../../graphql/enums.js';
import { ReadPurpose, SensitiveData } from './audit-log.models.js';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditLogService } from './audit-log.service.js';

registerEnums([[SensitiveData, 'SensitiveData', '敏感信息'], [ReadPurpose, 'ReadPurpose', '查看原因']]);

@Module({ providers: [AuditLogService, AuditLogResolver] })
export class AuditLogModule {}
