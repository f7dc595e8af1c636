// The employer invites one candidate to apply for the posting, with an optional note (from the candidates list).
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';

const INVITE = graphql(`
  mutation InviteToApply($input: InviteToApplyInput!) {
    inviteToApply(input: $input) { id seekerId status declineReason }
  }
`);

export function InviteDialog({ postingId, postingTitle, candidate, onDone }: {
  postingId: string;
  postingTitle: string;
  candidate: { seekerId: string; name: string } | null;
  onDone: (invited: boolean) => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [note, setNote] = useState('');
  const errors = useFormErrors<'note'>([['note', 'invite-note']]);
  const [invite, { loading }] = useMutation(INVITE);
  const returnTo = useRef<HTMLElement | null>(null);
  const close = (invited = false) => { setNote(''); errors.clear(); onDone(invited); };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!candidate || loading) return;
    if (note.length > 500) return errors.fail({ note: t('form.tooLong', { max: 500 }) });
    returnTo.current = document.getElementById(`candidate-${candidate.seekerId}-name`);
    try {
      await invite({ variables: { input: { postingId, seekerId: candidate.seekerId, note: note.trim() } } });
      announce(t('invitations.sent', { name: candidate.name }));
      close(true);
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return (
    <Dialog open={!!candidate} title={t('invitations.inviteTitle', { name: candidate?.name ?? '', title: postingTitle })}
      onClose={() => close()} returnFocus={returnTo}>
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <TextArea id="invite-note" label={t('invitations.inviteNote')} hint={t('invitations.inviteNoteHint')} error={errors.fields.note}
          value={note} rows={4} onChange={(e) => setNote(e.currentTarget.value)} />
        <ButtonRow>
          <Button type="submit" aria-disabled={loading || undefined}>{t('invitations.send')}</Button>
          <Button variant="secondary" onClick={() => close()}>{t('common.cancel')}</Button>
        </ButtonRow>
      </form>
    </Dialog>
  );
}
