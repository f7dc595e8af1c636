// Staff change a registered clinic (its kind, number, 医保定点, dates, the day it closed) or correct a qualification,
// each on its own page reached from the register; saving returns to the register, which says what was done. The
// blind-massage line of the placements concerned follows at once (docs/counting.md).
import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { ClinicForm, QualificationForm } from './massage-forms';

const CLINIC_FOR_EDIT = graphql(`
  query MassageClinicForEdit($id: ID!) {
    massageClinic(id: $id) { id kind registrationNumber medicalInsuranceDesignated registeredOn endedOn organization { id name } }
  }
`);
const QUALIFICATION_FOR_EDIT = graphql(`
  query MassageQualificationForEdit($id: ID!) {
    massageQualification(id: $id) { id kind skillLevel issuer issuedOn person { id name } }
  }
`);

/** The page around one edit form: its title, the way back, and what a missing record says. */
function EditFrame({ title, loading, missing, hasErrors, children }: {
  title: string; loading: boolean; missing: boolean; hasErrors: boolean; children: ReactNode;
}) {
  const mark = useMark();
  const { t } = useI18n();
  if (loading) return <Loading />;
  return mark(
    <Page title={title} hasErrors={hasErrors}>
      <p><Link to="/staff/massage">{t('massage.back')}</Link></p>
      {missing ? <Notice tone="error"><p>{t('massage.notFound')}</p></Notice> : children}
    </Page>
  );
}

/** The record an edit page changes (its id from the address), and what its form is given: saved, back to the register. */
function useEditing<TData>(query: TypedDocumentNode<TData, { id: string }>) {
  const { id } = useParams();
  const navigate = useNavigate();
  const [hasErrors, setHasErrors] = useState(false);
  const { data, loading, error } = useQuery(query, { variables: { id: id! }, fetchPolicy: 'network-only' });
  const form = { onSaved: (said: string) => { void navigate('/staff/massage', { state: { notice: said } }); }, onErrors: setHasErrors };
  return { data, error, waiting: loading && !data, hasErrors, form };
}

export function MassageClinicEditPage() {
  const { t } = useI18n();
  const { data, error, waiting, hasErrors, form } = useEditing(CLINIC_FOR_EDIT);
  const c = data?.massageClinic;
  return (
    <EditFrame title={t('massage.clinicForm.pageTitle')} loading={waiting} missing={!!error || !c} hasErrors={hasErrors}>
      {c && <ClinicForm {...form} clinic={{ id: c.id, organizationName: c.organization?.name ?? c.registrationNumber, kind: c.kind,
        registrationNumber: c.registrationNumber, medicalInsuranceDesignated: c.medicalInsuranceDesignated, registeredOn: c.registeredOn, endedOn: c.endedOn }} />}
    </EditFrame>
  );
}

export function MassageQualificationEditPage() {
  const { t } = useI18n();
  const { data, error, waiting, hasErrors, form } = useEditing(QUALIFICATION_FOR_EDIT);
  const q = data?.massageQualification;
  return (
    <EditFrame title={t('massage.qualForm.pageTitle')} loading={waiting} missing={!!error || !q} hasErrors={hasErrors}>
      {q && <QualificationForm {...form} qualification={{ id: q.id, personName: q.person?.name ?? '', kind: q.kind,
        skillLevel: q.skillLevel ?? null, issuer: q.issuer, issuedOn: q.issuedOn }} />}
    </EditFrame>
  );
}
