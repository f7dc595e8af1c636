// Staff: blind massage (plan （八）实施盲人按摩就业促进行动): the registered clinics (医疗按摩所, 保健按摩店, 医保定点) and the
// massage qualifications of people in the staff member's area with their exam and continuing-education records, each
// with a link to change it, and the forms to register a clinic, record a qualification and add a record (the person
// is told). The blind-massage action line is counted from these records as they stand (docs/counting.md).
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useCountyOptions } from '../../../components/counties';
import { DataTable } from '../../../components/DataTable';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ClinicForm, QualificationForm, RecordForm } from './massage-forms';

const MASSAGE_REGISTER = graphql(`
  query MassageRegister {
    massageClinics(page: { pageSize: 100 }) {
      total items { id kind registrationNumber countyCode medicalInsuranceDesignated registeredOn endedOn organization { id name } }
    }
    massageQualifications(page: { pageSize: 100 }) {
      total items { id kind skillLevel issuer issuedOn countyCode person { id name } records { id kind heldOn hours passed } }
    }
  }
`);

export function MassagePage() {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const counties = useCountyOptions();
  // a change saved on an edit page comes back here with what was said
  const notice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  const [hasErrors, setHasErrors] = useState(false);
  const { data, loading, error, refetch } = useQuery(MASSAGE_REGISTER, { fetchPolicy: 'network-only' });
  const forms = { onSaved: async () => { await refetch(); }, onErrors: setHasErrors };
  const qualifications = data?.massageQualifications.items ?? [];
  const recordText = (r: { kind: string; heldOn: string; hours?: number | null; passed?: boolean | null }) => (r.kind === 'EXAM'
    ? t('massage.recordExam', { date: formatDate(r.heldOn), result: t(r.passed ? 'massage.passed' : 'massage.failed') })
    : t('massage.recordCe', { date: formatDate(r.heldOn), hours: r.hours ?? 0 }));

  return mark(
    <Page title={t('massage.title')} hasErrors={hasErrors}>
      {notice && <Notice tone="success"><p>{notice}</p></Notice>}
      <p>{t('massage.intro')}</p>
      {loading && !data ? <Loading /> : error ? <Notice tone="error">{t('error.loadFailed')}</Notice> : data && (
        <>
          <section aria-labelledby="mc-title">
            <h2 id="mc-title">{t('massage.clinics.title')}</h2>
            {data.massageClinics.items.length === 0 ? <p>{t('massage.clinics.none')}</p> : (
              <DataTable caption={t('massage.clinics.caption', { count: data.massageClinics.total })} rows={data.massageClinics.items} rowKey={(c) => c.id}
                columns={[
                  { key: 'name', header: t('massage.col.name'), rowHeader: true, cell: (c) => c.organization?.name ?? '—' },
                  { key: 'kind', header: t('massage.col.kind'), cell: (c) => t(`massage.clinic.kind.${c.kind}`) },
                  { key: 'reg', header: t('massage.col.registration'), cell: (c) => c.registrationNumber },
                  { key: 'county', header: t('massage.col.county'), cell: (c) => counties.nameOf(c.countyCode) },
                  { key: 'insurance', header: t('massage.col.insurance'), cell: (c) => t(c.medicalInsuranceDesignated ? 'massage.yes' : 'massage.no') },
                  { key: 'on', header: t('massage.col.registeredOn'), cell: (c) => (c.endedOn
                    ? t('massage.registeredEnded', { from: formatDate(c.registeredOn), to: formatDate(c.endedOn) }) : formatDate(c.registeredOn)) },
                  { key: 'edit', header: t('massage.col.change'), cell: (c) => (
                    <Link to={`/staff/massage/clinics/${c.id}`}>{t('massage.changeClinic', { name: c.organization?.name ?? c.registrationNumber })}</Link>) },
                ]} />
            )}
          </section>
          <section aria-labelledby="mq-title">
            <h2 id="mq-title">{t('massage.qualifications.title')}</h2>
            {qualifications.length === 0 ? <p>{t('massage.qualifications.none')}</p> : (
              <DataTable caption={t('massage.qualifications.caption', { count: data.massageQualifications.total })} rows={qualifications} rowKey={(q) => q.id}
                columns={[
                  { key: 'person', header: t('massage.col.person'), rowHeader: true, cell: (q) => q.person?.name ?? '—' },
                  { key: 'kind', header: t('massage.col.qualification'), cell: (q) => `${t(`massage.qualification.${q.kind}`)}${q.skillLevel ? t('common.listSeparator') + t('massage.level', { level: q.skillLevel }) : ''}` },
                  { key: 'issued', header: t('massage.col.issued'), cell: (q) => t('massage.issued', { issuer: q.issuer, date: formatDate(q.issuedOn) }) },
                  { key: 'records', header: t('massage.col.records'), cell: (q) => (q.records.length
                    ? <ul className="plain">{q.records.map((r) => <li key={r.id}>{recordText(r)}</li>)}</ul> : t('massage.noRecords')) },
                  { key: 'edit', header: t('massage.col.change'), cell: (q) => (
                    <Link to={`/staff/massage/qualifications/${q.id}`}>{t('massage.changeQualification', { name: q.person?.name ?? '' })}</Link>) },
                ]} />
            )}
          </section>
        </>
      )}
      <ClinicForm {...forms} />
      <QualificationForm {...forms} />
      {qualifications.length > 0 && (
        <RecordForm {...forms}
          qualifications={qualifications.map((q) => ({ id: q.id, label: `${q.person?.name ?? ''}：${t(`massage.qualification.${q.kind}`)}` }))} />
      )}
    </Page>
  );
}
