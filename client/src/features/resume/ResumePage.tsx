// The seeker's résumé (/profile/resume): repeating groups per section, each entry a fieldset named by its section and
// number. "Add" puts focus in the new entry's first field; "remove" puts it on the section's add button, and both are
// announced. Who sees each section is the person's choice (default: employers they applied to). The server checks
// the whole résumé and names each problem; the summary links to the field.
import { useMutation, useQuery } from '@apollo/client/react';
import { TrainingRecord } from './TrainingRecord';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAnnounce } from '../../components/Announcer';
import { Button, ButtonRow } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea, TextField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { useFormErrors } from '../../components/useFormErrors';
import { graphql } from '../../gql';
import type { Education, ResumeFieldsFragment, ResumeInput, SectionVisibility } from '../../gql/graphql';
import { useI18n } from '../../i18n/I18nProvider';
import { EDUCATIONS } from '../../lib/enums';
import { emptyEntry, fieldKey, SECTION_FIELDS, SECTIONS, sectionKey, type Section } from '../../components/resume-fields';
import '../../components/resume.css';

export const MY_RESUME = graphql(`
  query MyResume {
    myProfile { id name }
    myResume { ...ResumeFields }
  }
`);

const SAVE_RESUME = graphql(`
  mutation SaveResume($input: ResumeInput!) {
    saveResume(input: $input) { ...ResumeFields }
  }
`);

type Entry = Record<string, string>;
type Draft = Record<Section, Entry[]>;
type Visibility = Record<Section, SectionVisibility>;

const VISIBILITIES: readonly SectionVisibility[] = ['APPLIED_EMPLOYERS', 'PRIVATE'];

/** The stored résumé as form values: every field a string ('' for none). */
export function draftOf(r: ResumeFieldsFragment): Draft {
  const strings = (xs: ReadonlyArray<Record<string, unknown>>) =>
    xs.map((x) => Object.fromEntries(Object.entries(x).filter(([k]) => k !== '__typename').map(([k, v]) => [k, v == null ? '' : String(v)])));
  return {
    education: strings(r.education), work: strings(r.work), skills: strings(r.skills),
    certificates: strings(r.certificates), languages: strings(r.languages), assistiveTech: strings(r.assistiveTech),
  };
}

/** Form values as the API's input: empty optional dates become null. */
export function inputOf(d: Draft, v: Visibility): ResumeInput {
  const orNull = (s: string | undefined) => (s && s.trim() ? s.trim() : null);
  return {
    education: d.education.map((e) => ({ school: e.school, major: e.major, degree: e.degree as Education, enrolledOn: orNull(e.enrolledOn), graduatedOn: orNull(e.graduatedOn) })),
    work: d.work.map((w) => ({ employerName: w.employerName, jobTitle: w.jobTitle, startDate: w.startDate.trim(), endDate: orNull(w.endDate), duties: w.duties })),
    skills: d.skills.map((s) => ({ skill: s.skill, evidence: s.evidence })),
    certificates: d.certificates.map((c) => ({
      certificateKind: c.certificateKind as ResumeInput['certificates'][number]['certificateKind'], certificateName: c.certificateName,
      issuer: c.issuer, issuedOn: c.issuedOn.trim(), expiresOn: orNull(c.expiresOn),
    })),
    languages: d.languages.map((l) => ({ language: l.language, proficiency: l.proficiency as ResumeInput['languages'][number]['proficiency'] })),
    assistiveTech: d.assistiveTech.map((a) => ({ tool: a.tool, toolNote: a.toolNote })),
    visibility: { ...v },
  };
}

const controlId = (s: Section, i: number, f: string) => `resume-${s}-${i}-${f}`;
const addId = (s: Section) => `resume-${s}-add`;

export function ResumePage() {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(MY_RESUME);
  if (loading && !data) return <Loading />;
  if (error || !data) return <Page title={t('resume.title')}><p>{t('error.tryAgainLater')}</p></Page>;
  if (!data.myProfile) {
    return (
      <Page title={t('resume.title')}>
        <Notice tone="warning" title={t('apply.profileFirstTitle')}><p>{t('apply.profileFirst')}</p></Notice>
        <p><Link to="/profile/edit">{t('profile.create')}</Link></p>
      </Page>
    );
  }
  return <ResumeEditor resume={data.myResume} />;
}

export function ResumeEditor({ resume }: { resume: ResumeFieldsFragment }) {
  const { t, label } = useI18n();
  const announce = useAnnounce();
  const [draft, setDraft] = useState<Draft>(() => draftOf(resume));
  const [visibility, setVisibility] = useState<Visibility>(() => {
    const { __typename, ...v } = resume.visibility as ResumeFieldsFragment['visibility'] & { __typename?: string };
    void __typename;
    return v as Visibility;
  });
  const [saved, setSaved] = useState(false);
  const focusAfter = useRef<string | null>(null);
  const [save, { loading: saving }] = useMutation(SAVE_RESUME);

  // every field of every entry, in page order: the error summary links to each
  const order = useMemo(() => SECTIONS.flatMap((s) => [
    [s, addId(s)] as const,
    ...draft[s].flatMap((_, i) => SECTION_FIELDS[s].map((f) => [`${s}.${i}.${f.name}`, controlId(s, i, f.name)] as const)),
  ]), [draft]);
  const errors = useFormErrors<string>(order);

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const setField = (s: Section, i: number, name: string, value: string) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [s]: d[s].map((e, j) => (j === i ? { ...e, [name]: value } : e)) }));
  };
  const add = (s: Section) => {
    const n = draft[s].length;
    setSaved(false);
    errors.clear();
    setDraft((d) => ({ ...d, [s]: [...d[s], emptyEntry(s)] }));
    focusAfter.current = controlId(s, n, SECTION_FIELDS[s][0].name);
    announce(t('resume.added', { section: t(sectionKey(s)), n: n + 1 }));
  };
  const remove = (s: Section, i: number) => {
    setSaved(false);
    errors.clear();
    setDraft((d) => ({ ...d, [s]: d[s].filter((_, j) => j !== i) }));
    focusAfter.current = addId(s);
    announce(t('resume.removed', { section: t(sectionKey(s)), n: i + 1 }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    try {
      // the résumé has no id to normalise by: the stored query is read again, so the CV shows what was saved
      await save({ variables: { input: inputOf(draft, visibility) }, refetchQueries: [MY_RESUME], awaitRefetchQueries: true });
      errors.clear();
      setSaved(true);
      announce(t('resume.saved'));
    } catch (err) {
      setSaved(false);
      errors.failFromServer(err, t('error.generic'));
    }
  };

  const options = (s: Section, name: string) => {
    const spec = SECTION_FIELDS[s].find((f) => f.name === name)!;
    if (s === 'education' && name === 'degree') return EDUCATIONS.map((x) => ({ value: x, label: label('Education', x) }));
    return (spec.options ?? []).map((v) => ({ value: v, label: t(spec.optionKey!(v)) }));
  };

  return (
    <Page title={t('resume.title')} hasErrors={errors.hasErrors}>
      <p>{t('resume.intro')}</p>
      <p><Link to="/profile/resume/print">{t('resume.printLink')}</Link></p>
      <TrainingRecord />
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      {saved && <Notice tone="success"><p>{t('resume.saved')} <Link to="/profile/resume/print">{t('resume.printLink')}</Link></p></Notice>}
      <form onSubmit={submit} noValidate className="resume-form">
        {SECTIONS.map((s) => {
          const name = t(sectionKey(s));
          return (
            <section key={s} aria-labelledby={`resume-${s}-title`} className="resume-section">
              <h2 id={`resume-${s}-title`}>{name}</h2>
              <SelectField id={`resume-${s}-visibility`} label={t('resume.visibility')} value={visibility[s]}
                hint={s === 'assistiveTech' ? t('resume.visibilityHintTech') : undefined}
                onChange={(e) => { setSaved(false); setVisibility({ ...visibility, [s]: e.currentTarget.value as SectionVisibility }); }}
                options={VISIBILITIES.map((v) => ({ value: v, label: t(`resume.visibility.${v}`) }))} />
              {draft[s].length === 0 && <p>{t('resume.empty')}</p>}
              {draft[s].map((entry, i) => (
                <fieldset key={i} className="resume-entry">
                  <legend>{t('resume.entry', { section: name, n: i + 1 })}</legend>
                  {SECTION_FIELDS[s].map((f) => {
                    const id = controlId(s, i, f.name);
                    const common = {
                      id, label: t(fieldKey(f.name)), required: f.required, error: errors.fields[`${s}.${i}.${f.name}`],
                      hint: f.hint ? t(f.hint) : undefined,
                    };
                    if (f.kind === 'select') {
                      return <SelectField key={f.name} {...common} value={entry[f.name]} options={options(s, f.name)}
                        onChange={(e) => setField(s, i, f.name, e.currentTarget.value)} />;
                    }
                    if (f.kind === 'textarea') {
                      return <TextArea key={f.name} {...common} value={entry[f.name]} rows={3}
                        onChange={(e) => setField(s, i, f.name, e.currentTarget.value)} />;
                    }
                    return <TextField key={f.name} {...common} value={entry[f.name]} inputMode={f.kind === 'date' ? 'numeric' : undefined}
                      className={f.kind === 'date' ? 'short' : undefined}
                      onChange={(e) => setField(s, i, f.name, e.currentTarget.value)} />;
                  })}
                  <p>
                    <Button variant="secondary" onClick={() => remove(s, i)}>{t('resume.remove', { section: name, n: i + 1 })}</Button>
                  </p>
                </fieldset>
              ))}
              {errors.fields[s] && <p className="field-error" id={`resume-${s}-error`}>{errors.fields[s]}</p>}
              <p>
                <Button id={addId(s)} variant="secondary" onClick={() => add(s)}
                  aria-describedby={errors.fields[s] ? `resume-${s}-error` : undefined}>{t('resume.add', { section: name })}</Button>
              </p>
            </section>
          );
        })}
        <ButtonRow>
          <Button type="submit" aria-disabled={saving || undefined}>{t('resume.save')}</Button>
          <Link to="/profile">{t('common.cancel')}</Link>
        </ButtonRow>
      </form>
    </Page>
  );
}
