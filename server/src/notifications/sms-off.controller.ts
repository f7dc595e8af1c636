// SMS off without signing in: the signed link in every SMS (a page with one button, so a link preview turns
// nothing off), and the provider's uplink, where a reply of TD, T, 退订 or N turns SMS off for that number.
import { timingSafeEqual } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { translate } from '../common/messages.js';
import { currentLocale } from '../common/request-context.js';
import { isUuid } from '../graphql/id.pipe.js';
import { smsOffSignature } from './delivery.service.js';
import { NotificationsService } from './notifications.service.js';

const STOP_WORDS = /^\s*(td|t|n|stop|unsubscribe|退订|退定|取消)\s*$/i;

function page(text: string, form?: { u: string; s: string }) {
  const lang = currentLocale();
  const esc = (v: string) => v.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const button = form ? `<form method="post"><input type="hidden" name="u" value="${esc(form.u)}"><input type="hidden" name="s" value="${esc(form.s)}"><button type="submit">${esc(translate('notify.smsOffConfirm'))}</button></form>` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(translate('notify.smsOffConfirm'))}</title></head><body><main><h1>${esc(translate('notify.smsOffConfirm'))}</h1><p>${esc(text)}</p>${button}</main></body></html>`;
}

@Controller('api/notifications')
export class SmsOffController {
  constructor(private readonly notifications: NotificationsService, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private valid(u: unknown, s: unknown): u is string {
    if (typeof u !== 'string' || typeof s !== 'string' || !isUuid(u)) return false;
    const want = Buffer.from(smsOffSignature(this.config.dataKey, u));
    const got = Buffer.from(s);
    return want.length === got.length && timingSafeEqual(want, got);
  }

  @Get('sms-off')
  confirm(@Query('u') u: string, @Query('s') s: string, @Res() res: Response) {
    if (!this.valid(u, s)) return res.status(400).type('html').send(page(translate('notify.smsOffBadLink')));
    return res.type('html').send(page('', { u, s }));
  }

  @Post('sms-off')
  @HttpCode(200)
  async off(@Body() body: { u?: string; s?: string }, @Res() res: Response) {
    if (!this.valid(body?.u, body?.s)) return res.status(400).type('html').send(page(translate('notify.smsOffBadLink')));
    await this.notifications.smsOffByUser(body.u as string);
    return res.type('html').send(page(translate('notify.smsOffDone')));
  }

  /** Alibaba Cloud's uplink push: a JSON array of { phone_number, content, … }; answered { code: 0 }. */
  @Post('sms-uplink')
  @HttpCode(200)
  async uplink(@Query('token') token: string, @Body() body: unknown, @Res() res: Response) {
    const want = this.config.notify.sms.uplinkToken;
    if (!want || typeof token !== 'string' || token.length !== want.length || !timingSafeEqual(Buffer.from(token), Buffer.from(want))) {
      return res.status(404).json({ code: 404, msg: 'not found' });
    }
    const items = (Array.isArray(body) ? body : [body]) as Array<{ phone_number?: unknown; content?: unknown }>;
    let off = 0;
    for (const it of items) {
      if (typeof it?.phone_number === 'string' && typeof it.content === 'string' && STOP_WORDS.test(it.content)) {
        off += await this.notifications.smsOffByPhone(it.phone_number.replace(/^\+?86/, ''));
      }
    }
    return res.json({ code: 0, msg: '成功', off });
  }
}
