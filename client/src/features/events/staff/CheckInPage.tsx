// Check-in at the entrance, made for a phone: one big field for the ticket code (typed, or read from the QR
// code with the camera where the browser can), and the result of each check-in said aloud through the polite
// live region and shown in large words: the person's name, or why the ticket was refused. Focus stays in the
// field, so the next code can be typed at once.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/fields';
import { Icon } from '../../../components/Icon';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { describeError } from '../../../lib/graphql-errors';
import { OutOfReachPage, useLoadProblem } from './EventAccess';
import { useEventTime } from '../EventParts';
import { useMark } from '../../../components/Lang';
import { useEventText } from '../event-text';

const CHECK_IN_EVENT = graphql(`
  query CheckInEvent($id: ID!) {
    event(id: $id) { id title status startsAt endsAt canManage county { nameZh nameEn } overview { registered checkedIn } }
  }
`);

export const CHECK_IN = graphql(`
  mutation CheckInTicket($eventId: ID!, $ticketCode: String!) {
    checkInTicket(eventId: $eventId, ticketCode: $ticketCode) { id status checkedInAt seeker { id name } services { id service notes } }
  }
`);

export function CheckInPage() {
  const mark = useMark();
  const { id = '' } = useParams();
  const { t } = useI18n();
  const when = useEventTime();
  const loadProblem = useLoadProblem();
  const { data, loading, error } = useQuery(CHECK_IN_EVENT, { variables: { id }, fetchPolicy: 'cache-and-network' });
  // the title starts with "错误：" while an empty submit's summary is shown
  const [hasErrors, setHasErrors] = useState(false);
  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('events.checkIn.title')}>
        <Notice tone="error"><p>{loadProblem(error)}</p></Notice>
        <p><Link to="/staff/events">{t('events.staff.title')}</Link></p>
      </Page>
    );
  }
  const e = data!.event;
  if (!e.canManage) return <OutOfReachPage title={t('events.checkIn.pageTitle', { title: e.title })} event={e} />;
  const o = e.overview;
  return mark(
    <Page title={t('events.checkIn.pageTitle', { title: e.title })} hasErrors={hasErrors}>
      <div className="check-in">
        <p className="lead">{when(e)}</p>
        {o && <p className="checkin-count">{t('events.checkIn.count', { checkedIn: o.checkedIn, registered: o.registered })}</p>}
        <CheckInForm eventId={e.id} onFailedSubmit={setHasErrors} />
        <p><Link to={`/staff/events/${e.id}`}>{t('events.staff.backToEvent')}</Link></p>
      </div>
    </Page>
  );
}

interface Result { ok: boolean; message: string }
interface Recent { id: string; name: string; at: string }

export function CheckInForm({ eventId, onFailedSubmit }: { eventId: string; onFailedSubmit?: (failed: boolean) => void }) {
  const mark = useMark();
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const text = useEventText();
  const [code, setCode] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const [recent, setRecent] = useState<Recent[]>([]);
  const errors = useFormErrors<'code'>([['code', 'checkin-code']]);
  const input = () => document.getElementById('checkin-code') as HTMLInputElement | null;
  const [checkIn, { loading }] = useMutation(CHECK_IN, { refetchQueries: ['CheckInEvent'] });

  const run = async (raw: string) => {
    // "abcde fghjk" as read out, or the QR code's content: the server takes the code in capitals, without spaces
    const ticketCode = raw.replace(/\s+/g, '').toUpperCase();
    if (!ticketCode) {
      errors.fail({ code: t('events.checkIn.codeRequired') });
      onFailedSubmit?.(true);
      return;
    }
    errors.clear();
    onFailedSubmit?.(false);
    try {
      const { data } = await checkIn({ variables: { eventId, ticketCode } });
      const r = data!.checkInTicket;
      // the services the person booked (an interpreter, a guide…): the desk arranges them as the person arrives
      const services = r.services.map((x) => text.service(x.service) + (x.notes ? t('events.mine.serviceNotes', { notes: x.notes }) : ''));
      const message = services.length
        ? t('events.checkIn.successWithServices', { name: r.seeker.name, services: services.join(t('common.listSeparator')) })
        : t('events.checkIn.success', { name: r.seeker.name });
      setResult({ ok: true, message });
      setRecent((list) => [{ id: r.id, name: r.seeker.name, at: r.checkedInAt ?? new Date().toISOString() }, ...list].slice(0, 10));
      setCode('');
      announce(message);
      input()?.focus();
    } catch (err) {
      const report = describeError(err);
      const reason = report.fields.ticketCode ?? report.message ?? t('error.generic');
      const message = t('events.checkIn.refused', { reason });
      setResult({ ok: false, message });
      announce(message);
      // the code stays, selected: retype it or correct it
      input()?.focus();
      input()?.select();
    }
  };

  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (loading) return;
    void run(code);
  };

  return mark(
    <>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate className="checkin-form">
        <TextField id="checkin-code" label={t('events.checkIn.code')} hint={t('events.checkIn.codeHint')} error={errors.fields.code}
          className="checkin-input" value={code} autoComplete="off" autoCapitalize="characters" spellCheck={false} enterKeyHint="go"
          aria-invalid={errors.fields.code || (result && !result.ok) ? true : undefined}
          onChange={(ev) => setCode(ev.currentTarget.value)} />
        <Button type="submit" className="checkin-submit" aria-disabled={loading || undefined}>{t('events.checkIn.submit')}</Button>
      </form>
      <QrScanner onCode={(c) => { setCode(c); void run(c); }} />
      <section aria-labelledby="checkin-result-title" className="checkin-results">
        <h2 id="checkin-result-title">{t('events.checkIn.resultTitle')}</h2>
        {!result ? <p>{t('events.checkIn.noneYet')}</p> : (
          <div className={`checkin-result ${result.ok ? 'ok' : 'refused'}`}>
            <Icon name={result.ok ? 'check' : 'info'} />
            <p>{result.message}</p>
          </div>
        )}
        {recent.length > 0 && (
          <>
            <h3>{t('events.checkIn.recent')}</h3>
            <ol className="plain-list">
              {recent.map((r) => <li key={r.id}>{r.name}{t('common.colon')}<time dateTime={r.at}>{formatDateTime(r.at)}</time></li>)}
            </ol>
          </>
        )}
      </section>
    </>
  );
}

interface DetectedCode { rawValue: string }
interface Detector { detect(source: HTMLVideoElement): Promise<DetectedCode[]> }
type DetectorClass = new (options: { formats: string[] }) => Detector;

/** Reads a QR code with the camera where the browser offers BarcodeDetector; typing always works without it. */
function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  // the latest callback, without restarting the camera whenever the form re-renders
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const Detector = (typeof window !== 'undefined' ? (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector : undefined);
  const supported = !!Detector && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

  useEffect(() => {
    if (!scanning || !Detector) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    const tick = async () => {
      if (stopped || !video.current) return;
      try {
        const found = await detector.detect(video.current);
        if (found[0]?.rawValue) {
          setScanning(false);
          onCodeRef.current(found[0].rawValue);
          return;
        }
      } catch { /* a frame that could not be read: try the next */ }
      timer = setTimeout(() => void tick(), 300);
    };
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        void tick();
      })
      .catch(() => {
        setProblem(t('events.checkIn.cameraProblem'));
        setScanning(false);
      });
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [scanning, Detector, t]);

  if (!supported) return <p className="hint">{t('events.checkIn.noCamera')}</p>;
  return mark(
    <div className="qr-scanner">
      <Button variant="secondary" aria-pressed={scanning} onClick={() => { setProblem(null); setScanning(!scanning); }}>
        {t('events.checkIn.scan')}
      </Button>
      {problem && <Notice tone="error">{problem}</Notice>}
      {scanning && (
        <figure>
          <video ref={video} muted playsInline aria-describedby="qr-scanner-caption" />
          <figcaption id="qr-scanner-caption">{t('events.checkIn.scanHelp')}</figcaption>
        </figure>
      )}
    </div>
  );
}
