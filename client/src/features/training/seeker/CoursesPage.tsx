// Courses taking enrolments, with filters kept in the address (shareable, the back button works): kind, county,
// a skill to learn and the ways of teaching a person needs. The number found is a status message; a new search
// moves focus to the results. Plan （十）实施残疾人职业技能提升行动; 四（四） 培训项目公示.
import { useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { Button, ButtonLink, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { CheckboxField, SelectField, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Page, titleOf } from '../../../components/Page';
import { Pagination } from '../../../components/Pagination';
import { ResultsHeading } from '../../../components/ResultsHeading';
import { useSession } from '../../../components/session';
import { useUrlFilters } from '../../../components/useUrlFilters';
import { graphql } from '../../../gql';
import type { CourseFilter, CourseKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { CourseCard } from '../CourseParts';
import { COURSE_KINDS, useTrainingText } from '../training-text';

const BROWSE_COURSES = graphql(`
  query BrowseCourses($filter: CourseFilter, $page: PageInput) {
    courses(filter: $filter, page: $page) { total page pageSize items { ...CourseCardFields } }
  }
`);

const PAGE_SIZE = 10;
const NEEDS = ['signLanguage', 'brailleMaterials', 'stepFreeRoute'] as const;
type Need = typeof NEEDS[number];
interface Filters { kind: string; county: string; skill: string; needs: Need[] }

function readFilters(p: URLSearchParams): Filters {
  return { kind: p.get('kind') ?? '', county: p.get('county') ?? '', skill: p.get('skill') ?? '', needs: NEEDS.filter((n) => p.get(n) === '1') };
}

function toApiFilter(f: Filters): CourseFilter {
  return {
    courseKind: (COURSE_KINDS as readonly string[]).includes(f.kind) ? (f.kind as CourseKind) : undefined,
    countyCode: f.county || undefined,
    skill: f.skill.trim().slice(0, 30) || undefined,
    ...Object.fromEntries(f.needs.map((n) => [n, true])),
  };
}

export function CoursesPage() {
  const mark = useMark();
  const { t } = useI18n();
  const text = useTrainingText();
  const { me } = useSession();
  const { applied, page, draft, setDraft, set, results, apply, hrefFor } = useUrlFilters('/training', readFilters);
  const counties = useCountyOptions();
  const { data, loading, error } = useQuery(BROWSE_COURSES, { variables: { filter: toApiFilter(applied), page: { page, pageSize: PAGE_SIZE } } });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    apply({ kind: draft.kind, county: draft.county, skill: draft.skill.trim(), ...Object.fromEntries(draft.needs.map((n) => [n, '1'])) });
  };
  const toggle = (n: Need, on: boolean) => setDraft((d) => ({ ...d, needs: on ? [...d.needs, n] : d.needs.filter((x) => x !== n) }));
  const total = data?.courses.total ?? 0;
  const status = loading ? t('training.list.searching') : error ? t('error.loadFailed') : t('training.list.count', { count: total });

  return mark(
    <Page title={t('training.list.title')} documentTitle={titleOf(page > 1 && t('page.titlePage', { page }), t('training.list.title'))}>
      <p className="lead">{t('training.list.intro')}</p>
      {me?.role === 'SEEKER' && <p><ButtonLink to="/my-courses" variant="secondary">{t('training.list.myCourses')}</ButtonLink></p>}
      {(me?.role === 'STAFF' || me?.role === 'ADMIN') && <p><ButtonLink to="/staff/training" variant="secondary">{t('training.nav.staff')}</ButtonLink></p>}
      <div className="layout-split">
        <section className="filters" aria-labelledby="course-filters-title">
          <h2 id="course-filters-title">{t('training.list.filters')}</h2>
          <form onSubmit={submit} role="search" aria-labelledby="course-filters-title" noValidate>
            <TextField id="courses-skill" label={t('training.list.skill')} hint={t('training.list.skillHint')} maxLength={30}
              value={draft.skill} onChange={(e) => set('skill', e.currentTarget.value)} />
            <SelectField id="courses-kind" label={t('training.list.kind')} value={draft.kind} placeholder={t('training.list.anyKind')}
              options={COURSE_KINDS.map((k) => ({ value: k, label: text.kind(k) }))}
              onChange={(e) => set('kind', e.currentTarget.value)} />
            <SelectField id="courses-county" label={t('training.list.county')} hint={t('training.list.countyHint')} value={draft.county}
              placeholder={t('training.list.anyCounty')} options={counties.options}
              onChange={(e) => set('county', e.currentTarget.value)} />
            <fieldset>
              <legend>{t('training.list.needs')}</legend>
              {NEEDS.map((n) => (
                <CheckboxField key={n} id={`courses-${n}`} checked={draft.needs.includes(n)} onChange={(on) => toggle(n, on)}
                  label={n === 'stepFreeRoute' ? text.access(n) : text.delivery(n)} />
              ))}
            </fieldset>
            <ButtonRow>
              <Button type="submit">{t('training.list.submit')}</Button>
              <Link to="/training">{t('training.list.clear')}</Link>
            </ButtonRow>
          </form>
        </section>
        <section aria-labelledby="courses-results">
          <ResultsHeading id="courses-results" headingRef={results} title={t('training.list.results')} status={status} failed={!!error}
            empty={data && total === 0 ? t('training.list.none') : null} />
          {data && data.courses.items.length > 0 && (
            <ul className="card-list">{data.courses.items.map((c) => <li key={c.id}><CourseCard course={c} /></li>)}</ul>
          )}
          {data && <Pagination page={page} pageSize={PAGE_SIZE} total={total} hrefFor={hrefFor} label={t('training.list.pages')} />}
        </section>
      </div>
    </Page>
  );
}
