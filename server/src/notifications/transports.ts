// Channels behind one port: a transport sends one message (SMS or email) and gives the provider's message id.
// Which one is chosen by configuration: 'log' (default, and in tests) sends nothing — the message log, which the
// worker writes for every message it sends, is then the only trace; 'aliyun' sends SMS through Alibaba Cloud's
// SDK; 'smtp' sends email with nodemailer.
import type * as DysmsapiModule from '@alicloud/dysmsapi20170525';
import type * as OpenApiModule from '@alicloud/openapi-client';
import type NodemailerModule from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { lazyModule } from '../common/lazy-module.js';
import type { AppConfig } from '../config/config.js';

// the SDKs are loaded only when their transport is configured
const dysmsapi = lazyModule<typeof DysmsapiModule & { default?: unknown }>('@alicloud/dysmsapi20170525');
const openApi = lazyModule<typeof OpenApiModule>('@alicloud/openapi-client');
const nodemailer = lazyModule<typeof NodemailerModule>('nodemailer');

export type OutwardChannel = 'SMS' | 'EMAIL';

export interface OutboundMessage {
  channel: OutwardChannel;
  to: string;
  kind: string;
  subject: string;
  text: string;
  /** The notice's parameters as worded for the recipient (an SMS template fills these in). */
  params: Record<string, string>;
}

/** A failure that retrying cannot mend (no template for the kind, a recipient the provider refuses). */
export class PermanentDeliveryError extends Error {}

export interface Transport {
  readonly name: string;
  send(msg: OutboundMessage): Promise<string | null>;
  close?(): Promise<void> | void;
}

class LogTransport implements Transport {
  readonly name = 'log';
  send(): Promise<string | null> {
    return Promise.resolve(null);
  }
}

type DysmsClient = { sendSms(req: unknown): Promise<{ body?: { code?: string; message?: string; bizId?: string } }> };

class AliyunSmsTransport implements Transport {
  readonly name = 'aliyun';
  private readonly client: DysmsClient;

  constructor(private readonly sms: AppConfig['notify']['sms']) {
    const mod = dysmsapi() as unknown as { default?: new (c: unknown) => DysmsClient };
    const Client = mod.default ?? (mod as unknown as new (c: unknown) => DysmsClient);
    this.client = new Client(new (openApi().Config)({
      accessKeyId: sms.accessKeyId, accessKeySecret: sms.accessKeySecret, endpoint: sms.endpoint, protocol: sms.protocol,
    }));
  }

  async send(msg: OutboundMessage): Promise<string | null> {
    const templateCode = this.sms.templates[msg.kind];
    if (!templateCode) throw new PermanentDeliveryError(`no SMS template configured for ${msg.kind} (SMS_TEMPLATES)`);
    const res = await this.client.sendSms(new (dysmsapi().SendSmsRequest)({
      phoneNumbers: msg.to, signName: this.sms.signName, templateCode, templateParam: JSON.stringify(msg.params),
    }));
    const code = res.body?.code;
    if (code === 'OK') return res.body?.bizId ?? null;
    // the provider's own words; a number it refuses will not become right on a retry
    const text = `Alibaba Cloud SMS: ${code ?? 'no code'} ${res.body?.message ?? ''}`.trim();
    if (code === 'isv.MOBILE_NUMBER_ILLEGAL' || code === 'isv.SMS_TEMPLATE_ILLEGAL' || code === 'isv.SMS_SIGNATURE_ILLEGAL') throw new PermanentDeliveryError(text);
    throw new Error(text);
  }
}

class SmtpTransport implements Transport {
  readonly name = 'smtp';
  private readonly mailer: Transporter;

  constructor(private readonly email: AppConfig['notify']['email']) {
    this.mailer = nodemailer().createTransport({
      host: email.host, port: email.port, secure: email.secure,
      ...(email.user ? { auth: { user: email.user, pass: email.pass ?? '' } } : {}),
      // a local receiver without TLS (tests, an internal relay) is accepted as it is
      ignoreTLS: !email.secure && !email.user,
      connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000,
    });
  }

  async send(msg: OutboundMessage): Promise<string | null> {
    const info = await this.mailer.sendMail({ from: this.email.from, to: msg.to, subject: msg.subject, text: msg.text });
    if (info.rejected?.length) throw new PermanentDeliveryError(`the mail server refused ${info.rejected.map(String).join(', ')}`);
    return info.messageId ?? null;
  }

  close() {
    this.mailer.close();
  }
}

export function transportsFor(config: AppConfig): Record<OutwardChannel, Transport> {
  const n = config.notify;
  return {
    SMS: n.sms.provider === 'aliyun' ? new AliyunSmsTransport(n.sms) : new LogTransport(),
    EMAIL: n.email.transport === 'smtp' ? new SmtpTransport(n.email) : new LogTransport(),
  };
}
