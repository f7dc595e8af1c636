// The services a person asks for at an event (an interpreter, captions, Braille, large print, a guide,
// transport), each with a note for the staff. A note field appears right after its checkbox once ticked,
// so it comes next in the Tab order. Each choice says whether the event has that service on offer.
import type { EventService } from '../../../gql/graphql';
import { FieldError } from '../../../components/fields';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n/I18nProvider';
import { EVENT_SERVICES, SERVICE_ICON } from '../event-enums';
import { useEventText } from '../event-text';
import { useMark } from '../../../components/Lang';

export interface ServiceRequest { service: EventService; notes: string }

export const NOTES_MAX = 500;

/** The id of a service's checkbox (the error summary links to the first one, or to a note). */
export const serviceBoxId = (id: string, s: EventService) => `${id}-${s.toLowerCase().replace(/_/g, '-')}`;
export const serviceNotesId = (id: string, s: EventService) => `${serviceBoxId(id, s)}-notes`;

export function ServiceRequestPicker({ id, value, onChange, offers, noteErrors = {} }: {
  id: string;
  value: readonly ServiceRequest[];
  onChange: (next: ServiceRequest[]) => void;
  /** What the event has on offer; services not listed are still requestable. */
  offers: ReadonlyArray<{ service: EventService; quantity: number }>;
  noteErrors?: Partial<Record<EventService, string>>;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const text = useEventText();
  const chosen = new Map(value.map((r) => [r.service, r]));

  const toggle = (s: EventService, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(s, { service: s, notes: chosen.get(s)?.notes ?? '' });
    else next.delete(s);
    // keep the order the services are listed in
    onChange(EVENT_SERVICES.filter((x) => next.has(x)).map((x) => next.get(x)!));
  };
  const setNotes = (s: EventService, notes: string) => onChange(value.map((r) => (r.service === s ? { ...r, notes } : r)));

  return mark(
    <fieldset className="field service-picker" aria-describedby={`${id}-hint`}>
      <legend>{t('events.services.legend')}</legend>
      <p id={`${id}-hint`} className="hint">{t('events.services.hint')}</p>
      <div className="choices">
        {EVENT_SERVICES.map((s) => {
          const box = serviceBoxId(id, s);
          const offered = offers.find((o) => o.service === s)?.quantity ?? 0;
          const request = chosen.get(s);
          const notesId = serviceNotesId(id, s);
          const error = noteErrors[s];
          return (
            <div key={s} className="service-choice">
              <div className="choice">
                <input id={box} type="checkbox" checked={!!request} aria-describedby={`${box}-hint`}
                  onChange={(e) => toggle(s, e.currentTarget.checked)} />
                <div className="choice-text">
                  <label htmlFor={box}><Icon name={SERVICE_ICON[s]} small /> {text.service(s)}</label>
                  <span id={`${box}-hint`} className="hint">
                    {t('events.services.choiceHint', {
                      hint: text.serviceHint(s),
                      offer: offered > 0 ? t('events.services.offered', { quantity: offered }) : t('events.services.notOffered'),
                    })}
                  </span>
                </div>
              </div>
              {request && (
                <div className={`field service-notes${error ? ' has-error' : ''}`}>
                  <label htmlFor={notesId}>{t('events.services.notes', { service: text.service(s) })}</label>
                  <p id={`${notesId}-hint`} className="hint">{t(`events.services.notesHint.${s}`)}</p>
                  <FieldError id={`${notesId}-error`} message={error} />
                  <textarea id={notesId} className="textarea" rows={3} value={request.notes}
                    aria-describedby={[`${notesId}-hint`, error ? `${notesId}-error` : ''].filter(Boolean).join(' ')}
                    aria-invalid={error ? true : undefined}
                    onChange={(e) => setNotes(s, e.currentTarget.value)} />
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
