import { describe, expect, it } from '@jest/globals';
import { LICENCE_RULES } from './organization-licence.entity.js';
import { judgeLicence } from './organization-licence.service.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a4649460001010000010001000000ffd9', 'hex');
const PDF = Buffer.from('%PDF-1.7\n%%EOF\n', 'latin1');

describe('judging a licence by its bytes', () => {
  it('takes PNG, JPEG and PDF whatever they are called', async () => {
    expect(await judgeLicence(PNG)).toEqual({ ok: true, mime: 'image/png' });
    expect(await judgeLicence(JPEG)).toEqual({ ok: true, mime: 'image/jpeg' });
    expect(await judgeLicence(PDF)).toEqual({ ok: true, mime: 'application/pdf' });
  });

  it('names another kind it recognises, and refuses text, empty and oversized files', async () => {
    expect(await judgeLicence(Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00', 'latin1'))).toEqual({ ok: false, key: 'licence.file.otherKind', params: { kind: 'GIF' } });
    expect(await judgeLicence(Buffer.from('营业执照', 'utf8'))).toEqual({ ok: false, key: 'licence.file.notImage' });
    expect(await judgeLicence(Buffer.alloc(0))).toEqual({ ok: false, key: 'licence.file.empty' });
    expect(await judgeLicence(Buffer.concat([PNG, Buffer.alloc(LICENCE_RULES.maxBytes)]))).toEqual({ ok: false, key: 'licence.file.tooLarge' });
  });
});
