// On the résumé page: the courses the person completed as the federation recorded them (certificates and the skills
// they added), read-only beside the sections the person writes. Plan （十）; 四（四） 证书管理.
import { useQuery } from '@apollo/client/react';
import { useMark } from '../../components/Lang';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/I18nProvider';

const MY_TRAINING = graphql(`
  query MyTrainingCertificates {
    myProfile { id trainingCertificates { enrolmentId courseTitle certificateKind certificateLevel certificateNumber issuedOn skills } }
  }
`);

export function TrainingRecord() {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const { data } = useQuery(MY_TRAINING);
  const list = data?.myProfile?.trainingCertificates ?? [];
  if (!list.length) return null;
  return mark(
    <section aria-labelledby="resume-training-title" className="resume-section">
      <h2 id="resume-training-title">{t('training.resume.title')}</h2>
      <p>{t('training.resume.intro')}</p>
      <ul>
        {list.map((c) => (
          <li key={c.enrolmentId}>
            {c.courseTitle}{t('common.listSeparator')}
            {[c.certificateKind ? t(`training.cert.${c.certificateKind}`) : t('training.cert.none'), c.certificateLevel].filter(Boolean).join(' ')}
            {c.certificateNumber && <>{t('common.listSeparator')}{t('training.mine.certificateNumber', { number: c.certificateNumber })}</>}
            {c.issuedOn && <>{t('common.listSeparator')}{formatDate(c.issuedOn)}</>}
            {t('common.listSeparator')}{t('training.resume.skills', { skills: c.skills.join(t('common.listSeparator')) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
