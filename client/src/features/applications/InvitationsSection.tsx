// Invitations to apply, on the seeker's applications page: who invited them to which job, their note, why the job
// fits and what is missing (the same match as search), and two answers: apply (the apply page) or decline with an
// optional reason. Nothing is shown when there are none.
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonLink, ButtonRow } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { MatchExplanation } from '../../components/match';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { MyInvitationsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';

export const MY_INVITATIONS = graphql(`
  query MyInvitations {
    myInvitations {
      id status note createdAt declineReason
      posting { id title status openingsLeft organization { id name } myMatch { ...MatchFields } myApplication { id status } }
    }
  }
`);

const DECLINE = graphql(`
  mutation DeclineInvitation($input: DeclineInvitationInput!) {
    declineInvitation(input: $input) { id status declineReason respondedAt }
  }
`);

type Invitation = MyInvitationsQuery['myInvitations'][number];

export function InvitationsSection() {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const { data } = useQuery(MY_INVITATIONS, { fetchPolicy: 'network-only' });
  const [declining, setDeclining] = useState<Invitation | null>(null);
  const list = data?.myInvitations ?? [];
  if (!list.length) return null;
  return mark(
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('invitations.title')}</h2>
      <ul className="card-list">
        {list.map((i) => (
          <li key={i.id}>
            <article className="card" aria-labelledby={`invitation-${i.id}`}>
              <h3 id={`invitation-${i.id}`} tabIndex={-1}>{i.posting.title}</h3>
              <p>{t('invitations.from', { organization: i.posting.organization.name })} <time dateTime={i.createdAt}>{formatDate(i.createdAt)}</time></p>
              <p><span className="badge">{t(`invitations.status.${i.status}` as MessageKey)}</span></p>
              {i.note && (<><p className="field-label">{t('invitations.note')}</p><p>{i.note}</p></>)}
              {i.posting.myMatch && <MatchExplanation match={i.posting.myMatch} />}
              {i.status === 'SENT' && !i.posting.myApplication && (
                <ButtonRow>
                  {i.posting.status === 'PUBLISHED' && i.posting.openingsLeft > 0 && (
                    <ButtonLink to={`/jobs/${i.posting.id}/apply`}>
                      {t('invitations.apply')}<span className="visually-hidden">{t('common.colon')}{i.posting.title}</span>
                    </ButtonLink>
                  )}
                  <Button variant="secondary" onClick={() => setDeclining(i)}>
                    {t('invitations.decline')}<span className="visually-hidden">{t('common.colon')}{i.posting.title}</span>
                  </Button>
                </ButtonRow>
              )}
            </article>
          </li>
        ))}
      </ul>
      <DeclineDialog invitation={declining} onDone={() => setDeclining(null)} />
    </section>
  );
}

function DeclineDialog({ invitation, onDone }: { invitation: Invitation | null; onDone: () => void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const errors = useFormErrors<'declineReason'>([['declineReason', 'decline-reason']]);
  const [decline, { loading }] = useMutation(DECLINE);
  const returnTo = useRef<HTMLElement | null>(null);
  const close = () => { setReason(''); errors.clear(); onDone(); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!invitation || loading) return;
    if (reason.length > 300) return errors.fail({ declineReason: t('form.tooLong', { max: 300 }) });
    returnTo.current = document.getElementById(`invitation-${invitation.id}`);
    try {
      await decline({ variables: { input: { invitationId: invitation.id, declineReason: reason.trim() || null } } });
      announce(t('invitations.declined', { title: invitation.posting.title }));
      close();
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return (
    <Dialog open={!!invitation} title={t('invitations.declineTitle', { title: invitation?.posting.title ?? '' })} onClose={close} returnFocus={returnTo}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <TextArea id="decline-reason" label={t('invitations.declineReason')} error={errors.fields.declineReason}
          value={reason} rows={3} onChange={(e) => setReason(e.currentTarget.value)} />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('invitations.declineConfirm')}</Button>
          <Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>
        </ButtonRow>
      </form>
    </Dialog>
  );
}
