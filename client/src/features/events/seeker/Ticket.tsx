// The entry ticket: the QR code staff scan, and the same code in large letters to read out or type in
// (a person who cannot show a screen can say it). The QR image is the server's SVG, shown as an image
// (no markup is injected) with the code as its text alternative.
import { ReadAloud } from '../../../components/ReadAloud';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';

/** "ABCDEFGHJK" → "ABCDE FGHJK": groups are easier to read out and to type. */
export function groupCode(code: string): string {
  return code.replace(/(.{5})(?=.)/g, '$1 ');
}

export function Ticket({ code, qrSvg, headingId }: { code: string; qrSvg: string | null; headingId: string }) {
  const mark = useMark();
  const { t } = useI18n();
  const spelled = code.split('').join(t('events.ticket.spellSeparator'));
  return mark(
    <div className="ticket">
      <h3 id={headingId}>{t('events.ticket.title')}</h3>
      <div className="ticket-body">
        {qrSvg && (
          <img className="ticket-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`}
            alt={t('events.ticket.qrAlt', { code: groupCode(code) })} width={200} height={200} />
        )}
        <div>
          <p className="ticket-code-label">{t('events.ticket.code')}</p>
          <p className="ticket-code" lang="en">{groupCode(code)}</p>
          <p className="hint">{t('events.ticket.hint')}</p>
          <ReadAloud text={spelled} label={t('events.ticket.readAloud')} />
        </div>
      </div>
    </div>
  );
}
