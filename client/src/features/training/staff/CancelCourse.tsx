// Cancelling a course from its editor: a reason (told to everyone enrolled) asked in a dialog; a course that has ended
// cannot be cancelled (the server also refuses one with results recorded, and says so).
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button } from '../../../components/Button';
import { useMark } from '../../../components/Lang';
import { TextDialog } from '../../../components/TextDialog';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { chinaToday } from '../training-text';

const CANCEL_COURSE = graphql(`
  mutation CancelCourse($id: ID!, $reason: String!) { cancelCourse(id: $id, reason: $reason) { id open cancelledAt cancelReason } }
`);

export function CancelCourse({ course, onCancelled }: { course: { id: string; title: string; endsOn: string }; onCancelled: () => void }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [asking, setAsking] = useState(false);
  const [cancel] = useMutation(CANCEL_COURSE);
  const submit = async (reason: string) => {
    await cancel({ variables: { id: course.id, reason } });
    setAsking(false);
    announce(t('training.cancel.done', { title: course.title }));
    onCancelled();
  };
  return mark(
    <section aria-labelledby="course-cancel-title">
      <h2 id="course-cancel-title">{t('training.cancel.title')}</h2>
      {course.endsOn < chinaToday() ? <p>{t('training.cancel.ended')}</p> : (
        <>
          <p>{t('training.cancel.intro')}</p>
          <p><Button variant="danger" onClick={() => setAsking(true)}>{t('training.cancel.open')}</Button></p>
          <TextDialog open={asking} title={t('training.cancel.title')} label={t('training.cancel.reason')} required field="reason"
            submitLabel={t('training.cancel.submit')} onSubmit={submit} onClose={() => setAsking(false)} />
        </>
      )}
    </section>
  );
}
