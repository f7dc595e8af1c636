// An organization's business licence (营业执照) as the employer uploaded it: the bytes in their own table, read only
// through OrganizationLicenceService (members and the staff who may decide on the organization; every read audited).
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a licence may be (judged by its bytes) and how large: the table's CHECK says the same. */
export const LICENCE_RULES = {
  maxBytes: 5 * 1024 * 1024,
  mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'] as readonly string[],
};

@Entity('organization_licence')
export class OrganizationLicence {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Column({ type: 'text' })
  mimeType: string;

  @Column('int')
  byteSize: number;

  /** Not selected unless asked for: lists and loaders never carry the bytes. */
  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'text', default: '' })
  fileName: string;

  @Column('uuid')
  uploadedBy: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;
}

@ObjectType({ description: '营业执照：上传的文件（内容由 GET /exports/organization-licence/{organizationId} 读取，每次读取都记入审计日志）' })
export class LicenceInfo {
  @Field({ description: 'image/jpeg, image/png or application/pdf, judged from the content' }) mimeType: string;
  @Field(() => Int) byteSize: number;
  @Field({ description: 'The name the file had on the employer\'s computer' }) fileName: string;
  @Field() uploadedAt: Date;
  @Field({ description: 'Where the file is read (members and the staff who may decide only; each read is audited)' }) url: string;
}

export function licenceUrl(organizationId: string): string {
  return `/exports/organization-licence/${organizationId}`;
}

export function licenceInfo(l: Omit<OrganizationLicence, 'content'>): LicenceInfo {
  return Object.assign(new LicenceInfo(), {
    mimeType: l.mimeType, byteSize: l.byteSize, fileName: l.fileName, uploadedAt: l.uploadedAt, url: licenceUrl(l.organizationId),
  });
}
