// The business licence: the employer uploads (and replaces) it; its members and the staff who may decide on the
// organization (its county's, the city's, administrators) read it, each read written to the audit log.
import { Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource } from 'typeorm';
import { type Actor, isStaff, staffCovers } from '../auth/actor.js';
import { AuditService } from '../auth/audit.service.js';
import { requireActor } from '../auth/auth.service.js';
import { Role } from '../common/domain.js';
import { ForbiddenError, InvalidInputError, NotFoundError, UnauthenticatedError } from '../common/errors.js';
import { LICENCE_RULES, OrganizationLicence, licenceInfo, type LicenceInfo } from './organization-licence.entity.js';
import { OrganizationsService } from './organizations.service.js';

export interface UploadedLicence { buffer: Buffer; originalName: string; size: number }

/** The licence's type, judged by its bytes (never by its name or the browser's word); an error key when refused. */
export async function judgeLicence(buf: Buffer): Promise<{ ok: true; mime: string } | { ok: false; key: string; params?: Record<string, string> }> {
  if (buf.length === 0) return { ok: false, key: 'licence.file.empty' };
  if (buf.length > LICENCE_RULES.maxBytes) return { ok: false, key: 'licence.file.tooLarge' };
  const known = await fileTypeFromBuffer(buf);
  if (known && LICENCE_RULES.mimeTypes.includes(known.mime)) return { ok: true, mime: known.mime };
  return known ? { ok: false, key: 'licence.file.otherKind', params: { kind: known.ext.toUpperCase() } } : { ok: false, key: 'licence.file.notImage' };
}

@Injectable()
export class OrganizationLicenceService {
  constructor(private readonly ds: DataSource, private readonly orgs: OrganizationsService, private readonly audit: AuditService) {}

  /** The employer's own organization only; replaces any earlier licence. */
  async upload(actor: Actor | null, organizationId: string, file: UploadedLicence | undefined): Promise<LicenceInfo> {
    const a = requireActor(actor, Role.EMPLOYER);
    const org = await this.orgs.get(organizationId);
    if (a.organizationId !== org.id) throw new ForbiddenError();
    if (!file) throw InvalidInputError.field('licence', 'licence.file.missing');
    const verdict = await judgeLicence(file.buffer);
    if (!verdict.ok) throw InvalidInputError.field('licence', verdict.key, verdict.params);
    const fileName = [...(file.originalName || '')].slice(0, 200).join('').replace(/[\u0000-\u001f\u007f]/g, '');
    await this.ds.query(
      `INSERT INTO organization_licence (organization_id, mime_type, byte_size, content, file_name, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (organization_id) DO UPDATE SET mime_type = EXCLUDED.mime_type, byte_size = EXCLUDED.byte_size,
         content = EXCLUDED.content, file_name = EXCLUDED.file_name, uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()`,
      [org.id, verdict.mime, file.buffer.length, file.buffer, fileName, a.userId]);
    const saved = await this.ds.getRepository(OrganizationLicence).findOneByOrFail({ organizationId: org.id });
    return licenceInfo(saved);
  }

  /** Members of the organization, and staff who may decide on it: the bytes, with the read audited. */
  async read(actor: Actor | null, organizationId: string): Promise<{ mimeType: string; fileName: string; content: Buffer }> {
    if (!actor) throw new UnauthenticatedError();
    const org = await this.orgs.get(organizationId);
    const member = actor.role === Role.EMPLOYER && actor.organizationId === org.id;
    if (!member && !(isStaff(actor) && staffCovers(actor, org.countyCode))) throw new ForbiddenError();
    const l = await this.ds.getRepository(OrganizationLicence).createQueryBuilder('l').addSelect('l.content')
      .where('l.organizationId = :id', { id: org.id }).getOne();
    if (!l) throw new NotFoundError('licence');
    await this.audit.record(actor, [{ action: 'READ_SENSITIVE', entity: 'organization', entityId: org.id, field: 'licence',
      purpose: member ? 'OWN_ORGANIZATION' : 'VERIFICATION', detail: { mimeType: l.mimeType, byteSize: l.byteSize } }]);
    return { mimeType: l.mimeType, fileName: l.fileName, content: l.content };
  }
}
