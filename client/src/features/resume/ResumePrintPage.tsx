// The printable CV (/profile/resume/print): the person's name, then each section as a heading and a list. Printing
// (the button, or the browser's own) prints the CV alone: the print stylesheet hides the site's header, navigation
// and footer and this page's own links and button.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useI18n } from '../../i18n/I18nProvider';
import { useMark } from '../../components/Lang';
import { MY_RESUME } from './ResumePage';
import { ResumeView } from '../../components/ResumeView';
import '../../components/resume.css';

export function ResumePrintPage() {
  const mark = useMark();
  const { t } = useI18n();
  const { data, loading, error } = useQuery(MY_RESUME, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  if (error || !data?.myProfile) return <Page title={t('resume.title')}><p>{t('error.tryAgainLater')}</p></Page>;
  return mark(
    <div className="print-cv">
      <Page title={t('resume.printTitle', { name: data.myProfile.name })} heading={data.myProfile.name}>
        <div className="no-print">
          <p>{t('resume.printHint')}</p>
          <p className="button-row">
            <Button onClick={() => window.print()}>{t('resume.printButton')}</Button>
            <Link to="/profile/resume">{t('resume.backToEdit')}</Link>
          </p>
        </div>
        <ResumeView resume={data.myResume} level={2} emptyText={t('resume.empty')} />
      </Page>
    </div>
  );
}
