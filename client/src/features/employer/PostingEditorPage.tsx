// Create or change a position: the form and a preview of what job seekers will see, as two tabs. Saving
// keeps it a draft (or updates the published position); publishing happens from the list.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { useCountyOptions } from '../../components/counties';
import { ErrorSummary, focusField } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { PostingDetails } from '../../components/posting';
import { Tabs } from '../../components/Tabs';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { EditorContextQuery, PostingForEditQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { normalizeDate } from '../../lib/identity-numbers';
import { draftFrom, POSTING_FIELDS, splitList, toPostingInput, validatePosting, type PostingDraft, type PostingField } from './posting-draft';
import { PostingForm } from './PostingForm';
import { useMark } from '../../components/Lang';

const EDITOR_CONTEXT = graphql(`
  query EditorContext { myOrganization { id name type countyCode address verificationStatus } }
`);

const POSTING_FOR_EDIT = graphql(`
  query PostingForEdit($id: ID!) {
    posting(id: $id) {
      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax
      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports
      suitableCategories deadline
    }
  }
`);

const CREATE = graphql(`
  mutation CreatePosting($input: PostingInput!) { createPosting(input: $input) { id status version title } }
`);

const UPDATE = graphql(`
  mutation UpdatePosting($id: ID!, $expectedVersion: Int, $input: PostingInput!) {
    updatePosting(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id version status title description easyRead countyCode address employmentForm openings openingsLeft salaryMin salaryMax
      educationRequired skills reserved relaxedAge relaxedHousehold relaxedExamRatio relaxationNote demands supports
      suitableCategories deadline
    }
  }
`);

export function PostingEditorPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const ctx = useQuery(EDITOR_CONTEXT);
  const existing = useQuery(POSTING_FOR_EDIT, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  if ((ctx.loading && !ctx.data) || (id && existing.loading && !existing.data)) return <Loading />;
  const org = ctx.data?.myOrganization ?? null;
  if (!org) {
    return (
      <Page title={t('editor.newTitle')}>
        <Notice tone="warning"><p>{t('postings.noOrganization')}</p></Notice>
        <p><Link to="/employer/organization">{t('org.registerTitle')}</Link></p>
      </Page>
    );
  }
  if (id && !existing.data) {
    return <Page title={t('job.notFoundTitle')}><p><Link to="/employer/postings">{t('nav.postings')}</Link></p></Page>;
  }
  return <Editor key={id ?? 'new'} org={org} posting={existing.data?.posting ?? null} />;
}

function Editor({ org, posting }: {
  org: NonNullable<EditorContextQuery['myOrganization']>;
  posting: PostingForEditQuery['posting'] | null;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const navigate = useNavigate();
  const counties = useCountyOptions();
  const [d, setD] = useState<PostingDraft>(() => draftFrom(posting, org));
  const [tab, setTab] = useState('edit');
  const errors = useFormErrors<PostingField>(POSTING_FIELDS);
  const [create, { loading: creating }] = useMutation(CREATE, { refetchQueries: ['MyPostings'] });
  const [update, { loading: updating }] = useMutation(UPDATE, { refetchQueries: ['MyPostings'] });
  const set = <K extends keyof PostingDraft>(k: K, v: PostingDraft[K]) => setD((old) => ({ ...old, [k]: v }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (creating || updating) return;
    const problems = validatePosting(d, { t });
    if (Object.keys(problems).length) {
      setTab('edit');
      return errors.fail(problems);
    }
    try {
      const input = toPostingInput(d);
      if (posting) await update({ variables: { id: posting.id, expectedVersion: posting.version, input } });
      else await create({ variables: { input } });
      navigate('/employer/postings', { state: { flash: t(posting ? 'editor.updated' : 'editor.created', { title: input.title }) } });
    } catch (err) {
      setTab('edit');
      errors.failFromServer(err, t('error.generic'));
    }
  };

  const onNavigate = (target: string) => {
    if (tab === 'edit') return false;
    setTab('edit');
    setTimeout(() => focusField(target), 0);
    return true;
  };

  const preview = (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{t('editor.previewTitle')}</h2>
      <p className="hint">{t('editor.previewHint')}</p>
      <div className="card">
        <h3>{d.title.trim() || t('editor.untitled')}</h3>
        <PostingDetails
          headingLevel={3}
          posting={{
            title: d.title, reserved: d.reserved, employmentForm: d.employmentForm || 'FULL_TIME',
            salaryMin: /^\d+$/.test(d.salaryMin) ? Number(d.salaryMin) : null,
            salaryMax: /^\d+$/.test(d.salaryMax) ? Number(d.salaryMax) : null,
            openings: Number(d.openings) || 0, openingsLeft: Math.max(0, (Number(d.openings) || 0) - (posting ? posting.openings - posting.openingsLeft : 0)),
            deadline: normalizeDate(d.deadline), supports: d.supports, demands: d.demands, description: d.description,
            address: d.address, educationRequired: d.educationRequired, skills: splitList(d.skills),
            suitableCategories: d.suitableCategories, relaxedAge: d.relaxedAge, relaxedHousehold: d.relaxedHousehold,
            relaxedExamRatio: d.relaxedExamRatio, relaxationNote: d.relaxationNote,
            county: counties.options.find((c) => c.value === d.countyCode) ? { nameZh: counties.nameOf(d.countyCode), nameEn: counties.nameOf(d.countyCode) } : null,
            organization: { name: org.name, type: org.type },
          }}
        />
        <h3>{t('job.easyReadTitle')}</h3>
        <p>{d.easyRead.trim() || t('editor.easyReadAuto')}</p>
      </div>
    </section>
  );

  const title = posting ? t('editor.editTitle', { title: posting.title }) : t('editor.newTitle');
  return mark(
    <Page title={title} hasErrors={errors.hasErrors}>
      {posting?.status === 'PUBLISHED' && <Notice tone="warning"><p>{t('editor.publishedWarning')}</p></Notice>}
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} onNavigate={onNavigate} />
      <form onSubmit={submit} noValidate>
        <Tabs
          label={t('editor.tabsLabel')}
          selected={tab}
          onSelect={setTab}
          tabs={[
            { id: 'edit', label: t('editor.tabEdit'), panel: tab === 'edit' ? <PostingForm d={d} set={set} errors={errors.fields} /> : null },
            { id: 'preview', label: t('editor.tabPreview'), panel: tab === 'preview' ? preview : null },
          ]}
        />
        <ButtonRow>
          <Button type="submit" aria-disabled={creating || updating || undefined}>{posting ? t('editor.saveChanges') : t('editor.saveDraft')}</Button>
          <Link to="/employer/postings">{t('common.cancel')}</Link>
        </ButtonRow>
      </form>
    </Page>
  );
}
