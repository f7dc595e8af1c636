// The talent pool (残疾人技能人才库, plan （十） and 四（五）): trained people by skill, certificate, level and county.
// Staff see names and employment (their counties only); employers see only people who consented to be found,
// with masked names and no disability data. The filters live in the address, as in the other lists.
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button, ButtonRow } from '../../components/Button';
import { useCountyOptions } from '../../components/counties';
import { DataTable } from '../../components/DataTable';
import { SelectField, TextField } from '../../components/fields';
import { useMark } from '../../components/Lang';
import { Page, titleOf } from '../../components/Page';
import { Pagination } from '../../components/Pagination';
import { graphql } from '../../gql';
import type { CertificateKind, TalentPoolFilter } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { ResultsHeading } from '../../components/ResultsHeading';
import { CERTIFICATE_KINDS, useTrainingText } from './training-text';

const TALENT_POOL = graphql(`
  query TalentPool($filter: TalentPoolFilter, $page: PageInput) {
    talentPool(filter: $filter, page: $page) {
      total page pageSize
      items { seekerId displayName countyCode education skills employmentStatus certificates { enrolmentId courseTitle certificateKind certificateLevel } }
    }
  }
`);

const PAGE_SIZE = 20;
interface Filters { skill: string; certificateKind: string; level: string; county: string }
const read = (p: URLSearchParams): Filters => ({ skill: p.get('skill') ?? '', certificateKind: p.get('cert') ?? '', level: p.get('level') ?? '', county: p.get('county') ?? '' });
const toApi = (f: Filters): TalentPoolFilter => ({
  skill: f.skill.trim().slice(0, 30) || undefined, level: f.level.trim().slice(0, 30) || undefined, countyCode: f.county || undefined,
  certificateKind: (CERTIFICATE_KINDS as readonly string[]).includes(f.certificateKind) ? (f.certificateKind as CertificateKind) : undefined,
});

export function TalentPoolView({ audience, path }: { audience: 'staff' | 'employer'; path: string }) {
  const mark = useMark();
  const { t, label } = useI18n();
  const text = useTrainingText();
  const counties = useCountyOptions();
  const [params, setParams] = useSearchParams();
  const applied = read(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState(applied);
  const results = useRef<HTMLHeadingElement>(null);
  const search = params.toString();
  const first = useRef(search);
  const { data, loading, error } = useQuery(TALENT_POOL, { variables: { filter: toApi(applied), page: { page, pageSize: PAGE_SIZE } }, fetchPolicy: 'network-only' });
  useEffect(() => {
    setDraft(read(new URLSearchParams(search)));
    if (search !== first.current) results.current?.focus();
  }, [search]);
  const set = (k: keyof Filters, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draft.skill.trim()) next.set('skill', draft.skill.trim());
    if (draft.certificateKind) next.set('cert', draft.certificateKind);
    if (draft.level.trim()) next.set('level', draft.level.trim());
    if (draft.county) next.set('county', draft.county);
    setParams(next);
  };
  const title = t(audience === 'staff' ? 'training.pool.staffTitle' : 'training.pool.employerTitle');
  const rows = data?.talentPool.items ?? [];
  const total = data?.talentPool.total ?? 0;
  const status = loading ? t('training.list.searching') : error ? t('error.loadFailed') : t('training.pool.count', { count: total });
  const hrefFor = (p: number) => {
    const next = new URLSearchParams(params);
    if (p === 1) next.delete('page');
    else next.set('page', String(p));
    return `${path}?${next.toString()}`;
  };
  return mark(
    <Page title={title} documentTitle={titleOf(page > 1 && t('page.titlePage', { page }), title)}>
      <p className="lead">{t(audience === 'staff' ? 'training.pool.staffIntro' : 'training.pool.employerIntro')}</p>
      <section className="filters" aria-labelledby="pool-filters-title">
        <h2 id="pool-filters-title">{t('training.pool.filters')}</h2>
        <form onSubmit={submit} role="search" aria-labelledby="pool-filters-title" noValidate>
          <TextField id="pool-skill" label={t('training.pool.skill')} hint={t('training.list.skillHint')} maxLength={30} value={draft.skill}
            onChange={(e) => set('skill', e.currentTarget.value)} />
          <SelectField id="pool-cert" label={t('training.pool.certificate')} value={draft.certificateKind} placeholder={t('training.pool.anyCertificate')}
            options={CERTIFICATE_KINDS.map((k) => ({ value: k, label: text.certificate(k) }))} onChange={(e) => set('certificateKind', e.currentTarget.value)} />
          <TextField id="pool-level" label={t('training.pool.level')} hint={t('training.pool.levelHint')} maxLength={30} value={draft.level}
            onChange={(e) => set('level', e.currentTarget.value)} />
          <SelectField id="pool-county" label={t('training.list.county')} value={draft.county} placeholder={t('training.list.anyCounty')}
            options={counties.options} onChange={(e) => set('county', e.currentTarget.value)} />
          <ButtonRow>
            <Button type="submit">{t('training.pool.submit')}</Button>
            <Link to={path}>{t('training.list.clear')}</Link>
          </ButtonRow>
        </form>
      </section>
      <section aria-labelledby="pool-results">
        <ResultsHeading id="pool-results" headingRef={results} title={t('training.pool.results')} status={status} failed={!!error}
          empty={data && total === 0 ? t('training.pool.none') : null} />
        {rows.length > 0 && (
          <DataTable caption={t('training.pool.count', { count: total })} rows={rows} rowKey={(r) => r.seekerId} columns={[
            { key: 'name', header: t('training.pool.name'), rowHeader: true,
              cell: (r) => (audience === 'staff' ? <Link to={`/staff/seekers/${r.seekerId}`}>{r.displayName}</Link> : r.displayName) },
            { key: 'county', header: t('training.list.county'), cell: (r) => counties.nameOf(r.countyCode) },
            { key: 'education', header: t('training.pool.education'), cell: (r) => label('Education', r.education) },
            { key: 'skills', header: t('training.pool.skills'), cell: (r) => r.skills.join(t('common.listSeparator')) },
            { key: 'certs', header: t('training.pool.certificates'), cell: (r) => r.certificates
              .map((c) => [c.courseTitle, text.certificate(c.certificateKind), c.certificateLevel].filter(Boolean).join(' ')).join(t('common.listSeparator')) },
            ...(audience === 'staff' ? [{ key: 'employment', header: t('training.pool.employment'),
              cell: (r: typeof rows[number]) => (r.employmentStatus ? label('EmploymentStatus', r.employmentStatus) : '') }] : []),
          ]} />
        )}
        {data && <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} label={t('training.pool.pages')} />}
      </section>
    </Page>
  );
}

export function StaffTalentPoolPage() {
  return <TalentPoolView audience="staff" path="/staff/talent-pool" />;
}

export function EmployerTalentPage() {
  return <TalentPoolView audience="employer" path="/employer/talent" />;
}
