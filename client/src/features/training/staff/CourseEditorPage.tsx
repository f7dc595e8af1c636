// Staff create or change a course: provider, kind, skills taught and certificate; dates, schedule and sessions;
// place and its access, accessible ways of teaching; fee and subsidy (an amount only with its source, otherwise
// shown as 待核实); places. Errors are listed in a summary that links to each field, as in every form. A course may be
// cancelled from here (CancelCourse); a cancelled one shows why and is no longer edited.
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { CheckboxField, SelectField, TextArea, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { CertificateKind, CourseInput, CourseKind, CourseMode } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import { CancelCourse } from './CancelCourse';
import { ACCESS_FEATURES, CERTIFICATE_KINDS, COURSE_KINDS, COURSE_MODES, DELIVERY_FEATURES, useTrainingText, type AccessFeature, type DeliveryFeature } from '../training-text';

const EDITOR_CONTEXT = graphql(`
  query CourseEditorContext($id: ID!, $withCourse: Boolean!) {
    trainingProviders { id name canManage }
    course(id: $id) @include(if: $withCourse) {
      id providerId title kind description skills certificateKind certificateLevel countyCode startsOn endsOn schedule sessions mode
      venueName address stepFreeRoute accessibleToilets hearingLoop tactilePaving accessibilityNote signLanguage brailleMaterials
      largePrint captions feeYuan subsidyNote subsidyYuan subsidySource capacity open canManage cancelledAt cancelReason
    }
  }
`);

const CREATE = graphql(`mutation CreateCourse($input: CourseInput!) { createCourse(input: $input) { id title } }`);
const UPDATE = graphql(`mutation UpdateCourse($id: ID!, $input: CourseInput!) { updateCourse(id: $id, input: $input) { id title capacity enrolledCount open } }`);

type Field = 'providerId' | 'courseTitle' | 'courseKind' | 'skills' | 'certificateLevel' | 'startsOn' | 'endsOn' | 'sessions' | 'countyCode'
  | 'address' | 'feeYuan' | 'subsidyYuan' | 'subsidySource' | 'places';
const ORDER = [
  ['providerId', 'course-provider'], ['courseTitle', 'course-title'], ['courseKind', 'course-kind'], ['skills', 'course-skills'],
  ['certificateLevel', 'course-cert-level'], ['startsOn', 'course-starts'], ['endsOn', 'course-ends'], ['sessions', 'course-sessions'],
  ['countyCode', 'course-county'], ['address', 'course-address'], ['feeYuan', 'course-fee'], ['subsidyYuan', 'course-subsidy'],
  ['subsidySource', 'course-subsidy-source'], ['places', 'course-capacity'],
] as const;

interface Form extends Record<AccessFeature | DeliveryFeature, boolean> {
  providerId: string; courseTitle: string; courseKind: string; description: string; skills: string; certificateKind: string; certificateLevel: string;
  startsOn: string; endsOn: string; schedule: string; sessions: string; mode: string; countyCode: string; venueName: string; address: string;
  accessibilityNote: string; feeYuan: string; subsidyNote: string; subsidyYuan: string; subsidySource: string; places: string; open: boolean;
}

const EMPTY: Form = {
  providerId: '', courseTitle: '', courseKind: '', description: '', skills: '', certificateKind: '', certificateLevel: '', startsOn: '', endsOn: '',
  schedule: '', sessions: '', mode: 'ONSITE', countyCode: '', venueName: '', address: '', accessibilityNote: '', feeYuan: '0', subsidyNote: '',
  subsidyYuan: '', subsidySource: '', places: '', open: true, stepFreeRoute: false, accessibleToilets: false, hearingLoop: false,
  tactilePaving: false, signLanguage: false, brailleMaterials: false, largePrint: false, captions: false,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const splitSkills = (s: string) => [...new Set(s.split(/[、,，;；\s]+/).map((x) => x.trim()).filter(Boolean))];

export function CourseEditorPage() {
  const mark = useMark();
  const { id } = useParams();
  const { t, formatDate } = useI18n();
  const text = useTrainingText();
  const navigate = useNavigate();
  const counties = useCountyOptions();
  const errors = useFormErrors<Field>(ORDER);
  const { data, loading, error, refetch } = useQuery(EDITOR_CONTEXT, { variables: { id: id ?? '', withCourse: !!id }, fetchPolicy: 'network-only' });
  const [form, setForm] = useState<Form>(EMPTY);
  const [create, { loading: creating }] = useMutation(CREATE);
  const [update, { loading: updating }] = useMutation(UPDATE);
  const c = data?.course;

  useEffect(() => {
    if (!c) return;
    setForm({
      providerId: c.providerId, courseTitle: c.title, courseKind: c.kind, description: c.description, skills: c.skills.join('、'),
      certificateKind: c.certificateKind ?? '', certificateLevel: c.certificateLevel, startsOn: c.startsOn, endsOn: c.endsOn, schedule: c.schedule,
      sessions: String(c.sessions), mode: c.mode, countyCode: c.countyCode ?? '', venueName: c.venueName, address: c.address,
      accessibilityNote: c.accessibilityNote, feeYuan: String(c.feeYuan), subsidyNote: c.subsidyNote, subsidyYuan: c.subsidyYuan == null ? '' : String(c.subsidyYuan),
      subsidySource: c.subsidySource, places: String(c.capacity), open: c.open, stepFreeRoute: c.stepFreeRoute, accessibleToilets: c.accessibleToilets,
      hearingLoop: c.hearingLoop, tactilePaving: c.tactilePaving, signLanguage: c.signLanguage, brailleMaterials: c.brailleMaterials,
      largePrint: c.largePrint, captions: c.captions,
    });
  }, [c]);

  if (loading && !data) return <Loading />;
  if (error || !data) return <Page title={t('error.loadFailed')}><p>{t('error.tryAgainLater')}</p><p><Link to="/staff/training">{t('training.roster.back')}</Link></p></Page>;

  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const providers = data.trainingProviders;
  const title = c ? t('training.editor.editTitle', { title: c.title }) : t('training.editor.newTitle');
  if (c?.cancelledAt) {
    return mark(
      <Page title={title}>
        <Notice tone="warning">
          <p id="course-cancelled" tabIndex={-1}>{t('training.editor.cancelled', { date: formatDate(String(c.cancelledAt)), reason: c.cancelReason ?? '' })}</p>
        </Notice>
        <p><Link to={`/staff/training/${c.id}/roster`}>{t('training.staff.roster')}</Link></p>
        <p><Link to="/staff/training">{t('training.roster.back')}</Link></p>
      </Page>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (creating || updating) return;
    const p: Partial<Record<Field, string>> = {};
    const need = (f: Field, v: string, label: string) => { if (!v.trim()) p[f] = t('training.editor.required', { field: label }); };
    need('providerId', form.providerId, t('training.editor.provider'));
    need('courseTitle', form.courseTitle, t('training.editor.courseTitle'));
    need('courseKind', form.courseKind, t('training.editor.kind'));
    if (!splitSkills(form.skills).length) p.skills = t('training.editor.required', { field: t('training.editor.skills') });
    if (form.certificateKind === 'VOCATIONAL') need('certificateLevel', form.certificateLevel, t('training.editor.certificateLevel'));
    for (const [f, label] of [['startsOn', t('training.editor.startsOn')], ['endsOn', t('training.editor.endsOn')]] as const) {
      if (!DATE.test(form[f].trim())) p[f] = t('training.editor.badDate', { field: label });
    }
    for (const [f, label, optional] of [['sessions', t('training.editor.sessions'), false], ['places', t('training.editor.capacity'), false],
      ['feeYuan', t('training.editor.fee'), false], ['subsidyYuan', t('training.editor.subsidyYuan'), true]] as const) {
      const v = form[f].trim();
      if (optional && !v) continue;
      if (!v || !Number.isFinite(Number(v))) p[f] = t('training.editor.badNumber', { field: label });
    }
    if (Object.keys(p).length) return errors.fail(p);
    const input: CourseInput = {
      providerId: form.providerId, courseKind: form.courseKind as CourseKind, courseTitle: form.courseTitle.trim(), description: form.description.trim(),
      skills: splitSkills(form.skills), certificateKind: (form.certificateKind || null) as CertificateKind | null, certificateLevel: form.certificateLevel.trim(),
      countyCode: form.countyCode || null, startsOn: form.startsOn.trim(), endsOn: form.endsOn.trim(), schedule: form.schedule.trim(),
      sessions: Number(form.sessions), mode: form.mode as CourseMode, venueName: form.venueName.trim(), address: form.address.trim(),
      stepFreeRoute: form.stepFreeRoute, accessibleToilets: form.accessibleToilets, hearingLoop: form.hearingLoop, tactilePaving: form.tactilePaving,
      accessibilityNote: form.accessibilityNote.trim(), signLanguage: form.signLanguage, brailleMaterials: form.brailleMaterials,
      largePrint: form.largePrint, captions: form.captions, feeYuan: Number(form.feeYuan), subsidyNote: form.subsidyNote.trim(),
      subsidyYuan: form.subsidyYuan.trim() ? Number(form.subsidyYuan) : null, subsidySource: form.subsidySource.trim(),
      places: Number(form.places), open: form.open,
    };
    try {
      if (c) await update({ variables: { id: c.id, input } });
      else await create({ variables: { input } });
      navigate('/staff/training', { state: { flash: t('training.editor.saved', { title: input.courseTitle }) } });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  const checkbox = (f: AccessFeature | DeliveryFeature, label: string) => (
    <CheckboxField key={f} id={`course-${f}`} label={label} checked={form[f]} onChange={(v) => set(f, v)} />
  );
  return mark(
    <Page title={title} hasErrors={errors.hasErrors}>
      {c && !c.canManage && <Notice tone="warning"><p>{t('training.staff.readOnly')}</p></Notice>}
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('training.editor.basics')}</legend>
          {providers.length === 0 && <Notice tone="warning"><p>{t('training.editor.noProviders')}</p></Notice>}
          <SelectField id="course-provider" label={t('training.editor.provider')} required error={errors.fields.providerId} value={form.providerId}
            placeholder={t('training.editor.chooseProvider')} options={providers.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(e) => set('providerId', e.currentTarget.value)} />
          <TextField id="course-title" label={t('training.editor.courseTitle')} required maxLength={100} error={errors.fields.courseTitle}
            value={form.courseTitle} onChange={(e) => set('courseTitle', e.currentTarget.value)} />
          <SelectField id="course-kind" label={t('training.editor.kind')} required error={errors.fields.courseKind} value={form.courseKind}
            placeholder={t('training.editor.chooseProvider')} options={COURSE_KINDS.map((k) => ({ value: k, label: text.kind(k) }))}
            onChange={(e) => set('courseKind', e.currentTarget.value)} />
          <TextArea id="course-description" label={t('training.editor.description')} maxLength={5000} value={form.description}
            onChange={(e) => set('description', e.currentTarget.value)} />
          <TextField id="course-skills" label={t('training.editor.skills')} hint={t('training.editor.skillsHint')} required error={errors.fields.skills}
            value={form.skills} onChange={(e) => set('skills', e.currentTarget.value)} />
          <SelectField id="course-cert" label={t('training.editor.certificate')} value={form.certificateKind} placeholder={t('training.cert.none')}
            options={CERTIFICATE_KINDS.map((k) => ({ value: k, label: text.certificate(k) }))} onChange={(e) => set('certificateKind', e.currentTarget.value)} />
          <TextField id="course-cert-level" label={t('training.editor.certificateLevel')} hint={t('training.editor.certificateLevelHint')} maxLength={30}
            error={errors.fields.certificateLevel} value={form.certificateLevel} onChange={(e) => set('certificateLevel', e.currentTarget.value)} />
        </fieldset>
        <fieldset>
          <legend>{t('training.editor.when')}</legend>
          <TextField id="course-starts" label={t('training.editor.startsOn')} hint={t('training.editor.dateHint')} required inputMode="numeric" autoComplete="off"
            error={errors.fields.startsOn} value={form.startsOn} onChange={(e) => set('startsOn', e.currentTarget.value)} />
          <TextField id="course-ends" label={t('training.editor.endsOn')} hint={t('training.editor.dateHint')} required inputMode="numeric" autoComplete="off"
            error={errors.fields.endsOn} value={form.endsOn} onChange={(e) => set('endsOn', e.currentTarget.value)} />
          <TextField id="course-schedule" label={t('training.editor.schedule')} hint={t('training.editor.scheduleHint')} maxLength={200}
            value={form.schedule} onChange={(e) => set('schedule', e.currentTarget.value)} />
          <TextField id="course-sessions" label={t('training.editor.sessions')} required inputMode="numeric" error={errors.fields.sessions}
            value={form.sessions} onChange={(e) => set('sessions', e.currentTarget.value)} />
        </fieldset>
        <fieldset>
          <legend>{t('training.editor.place')}</legend>
          <SelectField id="course-mode" label={t('training.editor.mode')} value={form.mode}
            options={COURSE_MODES.map((m) => ({ value: m, label: text.mode(m) }))} onChange={(e) => set('mode', e.currentTarget.value)} />
          <SelectField id="course-county" label={t('training.editor.county')} hint={t('training.editor.countyHint')} error={errors.fields.countyCode}
            value={form.countyCode} placeholder={t('training.staff.cityWide')} options={counties.options} onChange={(e) => set('countyCode', e.currentTarget.value)} />
          <TextField id="course-venue" label={t('training.editor.venueName')} maxLength={100} value={form.venueName} onChange={(e) => set('venueName', e.currentTarget.value)} />
          <TextField id="course-address" label={t('training.editor.address')} maxLength={200} error={errors.fields.address}
            value={form.address} onChange={(e) => set('address', e.currentTarget.value)} />
        </fieldset>
        <fieldset>
          <legend>{t('training.editor.accessibility')}</legend>
          {ACCESS_FEATURES.map((f) => checkbox(f, text.access(f)))}
        </fieldset>
        <fieldset>
          <legend>{t('training.editor.delivery')}</legend>
          {DELIVERY_FEATURES.map((f) => checkbox(f, text.delivery(f)))}
        </fieldset>
        <TextArea id="course-access-note" label={t('training.editor.accessibilityNote')} maxLength={1000} value={form.accessibilityNote}
          onChange={(e) => set('accessibilityNote', e.currentTarget.value)} />
        <fieldset>
          <legend>{t('training.editor.cost')}</legend>
          <TextField id="course-fee" label={t('training.editor.fee')} hint={t('training.editor.feeHint')} inputMode="decimal" error={errors.fields.feeYuan}
            value={form.feeYuan} onChange={(e) => set('feeYuan', e.currentTarget.value)} />
          <TextField id="course-subsidy-note" label={t('training.editor.subsidyNote')} hint={t('training.editor.subsidyNoteHint')} maxLength={300}
            value={form.subsidyNote} onChange={(e) => set('subsidyNote', e.currentTarget.value)} />
          <TextField id="course-subsidy" label={t('training.editor.subsidyYuan')} hint={t('training.editor.subsidyYuanHint')} inputMode="decimal"
            error={errors.fields.subsidyYuan} value={form.subsidyYuan} onChange={(e) => set('subsidyYuan', e.currentTarget.value)} />
          <TextField id="course-subsidy-source" label={t('training.editor.subsidySource')} hint={t('training.editor.subsidySourceHint')} maxLength={300}
            error={errors.fields.subsidySource} value={form.subsidySource} onChange={(e) => set('subsidySource', e.currentTarget.value)} />
        </fieldset>
        <TextField id="course-capacity" label={t('training.editor.capacity')} required inputMode="numeric" error={errors.fields.places}
          value={form.places} onChange={(e) => set('places', e.currentTarget.value)} />
        <CheckboxField id="course-open" label={t('training.editor.open')} checked={form.open} onChange={(v) => set('open', v)} />
        <ButtonRow>
          <Button type="submit" aria-disabled={creating || updating || undefined}>{t('training.editor.save')}</Button>
          <Link to="/staff/training">{t('common.cancel')}</Link>
        </ButtonRow>
      </form>
      {c && c.canManage && <CancelCourse course={c} onCancelled={async () => {
        await refetch();
        setTimeout(() => document.getElementById('course-cancelled')?.focus(), 0);
      }} />}
    </Page>
  );
}
