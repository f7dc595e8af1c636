import { Link } from 'react-router';
import { Page } from '../components/Page';
import { useI18n } from '../i18n/I18nProvider';
import { useMark } from '../components/Lang';

export function NotFoundPage() {
  const mark = useMark();
  const { t } = useI18n();
  return mark(
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <ul>
        <li><Link to="/">{t('nav.home')}</Link></li>
        <li><Link to="/jobs">{t('nav.jobs')}</Link></li>
      </ul>
    </Page>
  );
}
