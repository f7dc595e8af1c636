// Staff define a campaign, or change one: names in both languages, kind, period, targets (with the document that
// sets them, else shown as 待核实), the counties it covers and the plan section it serves.
import { useMutation } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { useCountyOptions } from '../../../components/counties';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ChoiceGroup, SelectField, TextField } from '../../../components/fields';
import { useMark } from '../../../components/Lang';
import { Loading } from '../../../components/Loading';
import { Page } from '../../../components/Page';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import type { CampaignKind } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/zh-CN';
import { EditorNotice, useEditorRecord, wholeNumber } from '../editor-page';

export const CAMPAIGN_FOR_EDIT = graphql(`
  query CampaignForEdit($id: ID!) {
    campaign(id: $id) { id nameZh nameEn kind startDate endDate targetPeople targetOrganizations targetSource countyCodes source canManage }
  }
`);
export const CREATE_CAMPAIGN = graphql(`
  mutation CreateCampaign($input: CampaignInput!) { createCampaign(input: $input) { id nameZh nameEn } }
`);
export const UPDATE_CAMPAIGN = graphql(`
  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { id nameZh nameEn } }
`);

const KINDS = ['THOUSAND_ENTERPRISES', 'GRADUATES_RETURN', 'OTHER'] as const;
type Field = 'campaignNameZh' | 'campaignNameEn' | 'campaignKind' | 'campaignStart' | 'campaignEnd' | 'targetPeople' | 'targetOrganizations'
  | 'targetSource' | 'campaignCounties' | 'planSection';
interface Draft { campaignNameZh: string; campaignNameEn: string; campaignKind: string; campaignStart: string; campaignEnd: string;
  targetPeople: string; targetOrganizations: string; targetSource: string; campaignCounties: string[]; planSection: string }

export function CampaignEditorPage() {
  const { t } = useI18n();
  const { id, me, data, error, title, waiting } = useEditorRecord(CAMPAIGN_FOR_EDIT, { edit: 'campaigns.editor.editTitle', add: 'campaigns.editor.newTitle' });
  if (waiting) return <Loading />;
  const back = { back: '/staff/campaigns', backText: t('campaigns.back') };
  if (id && (error || !data)) return <EditorNotice title={title} tone="error" text={t('campaigns.notFound')} {...back} />;
  const c = data?.campaign;
  if (c && !c.canManage) return <EditorNotice title={title} tone="warning" text={t('campaigns.readOnly')} {...back} />;
  const scope = me?.scopeCountyCode ?? null;
  const initial: Draft = c ? {
    campaignNameZh: c.nameZh, campaignNameEn: c.nameEn, campaignKind: c.kind, campaignStart: c.startDate, campaignEnd: c.endDate,
    targetPeople: c.targetPeople != null ? String(c.targetPeople) : '', targetOrganizations: c.targetOrganizations != null ? String(c.targetOrganizations) : '',
    targetSource: c.targetSource ?? '', campaignCounties: c.countyCodes, planSection: c.source,
  } : { campaignNameZh: '', campaignNameEn: '', campaignKind: 'THOUSAND_ENTERPRISES', campaignStart: '', campaignEnd: '', targetPeople: '',
    targetOrganizations: '', targetSource: '', campaignCounties: scope ? [scope] : [], planSection: '' };
  return <CampaignForm key={id ?? 'new'} id={id ?? null} title={title} initial={initial} scope={scope} />;
}

function CampaignForm({ id, title, initial, scope }: { id: string | null; title: string; initial: Draft; scope: string | null }) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { options: counties } = useCountyOptions();
  const [draft, setDraft] = useState<Draft>(initial);
  const [create, { loading: creating }] = useMutation(CREATE_CAMPAIGN);
  const [update, { loading: updating }] = useMutation(UPDATE_CAMPAIGN);
  const order = useMemo((): Array<readonly [Field, string]> => [
    ['campaignNameZh', 'campaign-name-zh'], ['campaignNameEn', 'campaign-name-en'], ['campaignKind', 'campaign-kind'],
    ['campaignStart', 'campaign-start'], ['campaignEnd', 'campaign-end'], ['targetPeople', 'campaign-target-people'],
    ['targetOrganizations', 'campaign-target-orgs'], ['targetSource', 'campaign-target-source'], ['campaignCounties', 'campaign-counties-0'],
    ['planSection', 'campaign-section'],
  ], []);
  const errors = useFormErrors<Field>(order);
  const f = errors.fields;
  const set = (k: keyof Draft, v: string | string[]) => { setDraft((d) => ({ ...d, [k]: v })); errors.clearField(k as Field); };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (creating || updating) return;
    const problems: Partial<Record<Field, string>> = {};
    const required = (k: Field, label: MessageKey) => { if (!String(draft[k as keyof Draft]).trim()) problems[k] = t('campaigns.editor.required', { field: t(label) }); };
    required('campaignNameZh', 'campaigns.editor.nameZh');
    required('campaignNameEn', 'campaigns.editor.nameEn');
    required('campaignStart', 'campaigns.editor.start');
    required('campaignEnd', 'campaigns.editor.end');
    required('planSection', 'campaigns.editor.section');
    const people = draft.targetPeople.trim() ? wholeNumber(draft.targetPeople, 7) : null;
    const orgs = draft.targetOrganizations.trim() ? wholeNumber(draft.targetOrganizations, 7) : null;
    if (draft.targetPeople.trim() && (people === null || people < 1)) problems.targetPeople = t('campaigns.editor.wholeNumber', { field: t('campaigns.editor.targetPeople') });
    if (draft.targetOrganizations.trim() && (orgs === null || orgs < 1)) problems.targetOrganizations = t('campaigns.editor.wholeNumber', { field: t('campaigns.editor.targetOrganizations') });
    if (!draft.targetPeople.trim() && !draft.targetOrganizations.trim()) problems.targetPeople = t('campaigns.editor.needsTarget');
    if (Object.keys(problems).length) { errors.fail(problems); return; }
    const input = {
      campaignNameZh: draft.campaignNameZh.trim(), campaignNameEn: draft.campaignNameEn.trim(), campaignKind: draft.campaignKind as CampaignKind,
      campaignStart: draft.campaignStart.trim(), campaignEnd: draft.campaignEnd.trim(), targetPeople: people, targetOrganizations: orgs,
      targetSource: draft.targetSource.trim() || null, campaignCounties: draft.campaignCounties, planSection: draft.planSection.trim(),
    };
    try {
      const saved = id ? (await update({ variables: { id, input } })).data!.updateCampaign : (await create({ variables: { input } })).data!.createCampaign;
      const message = t('campaigns.editor.saved', { name: saved.nameZh });
      announce(message);
      void navigate(`/staff/campaigns/${saved.id}`, { state: { notice: message } });
    } catch (err) {
      errors.failFromServer(err, t('error.generic'));
    }
  };

  return mark(
    <Page title={title} hasErrors={errors.hasErrors}>
      <p>{t('campaigns.editor.intro')}</p>
      <p><Link to="/staff/campaigns">{t('campaigns.back')}</Link></p>
      <form onSubmit={submit} noValidate aria-labelledby="campaign-form-about">
        <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
        <h2 id="campaign-form-about">{t('campaigns.editor.about')}</h2>
        <TextField id="campaign-name-zh" label={t('campaigns.editor.nameZh')} required lang="zh-CN" error={f.campaignNameZh}
          value={draft.campaignNameZh} maxLength={100} autoComplete="off" onChange={(e) => set('campaignNameZh', e.currentTarget.value)} />
        <TextField id="campaign-name-en" label={t('campaigns.editor.nameEn')} required lang="en" error={f.campaignNameEn}
          value={draft.campaignNameEn} maxLength={200} autoComplete="off" onChange={(e) => set('campaignNameEn', e.currentTarget.value)} />
        <SelectField id="campaign-kind" label={t('campaigns.editor.kind')} error={f.campaignKind} value={draft.campaignKind}
          options={KINDS.map((k) => ({ value: k, label: t(`campaigns.kind.${k}` as MessageKey) }))}
          onChange={(e) => set('campaignKind', e.currentTarget.value)} />
        <TextField id="campaign-start" label={t('campaigns.editor.start')} hint={t('campaigns.editor.dateHint')} required inputMode="numeric"
          error={f.campaignStart} value={draft.campaignStart} maxLength={10} autoComplete="off" className="short"
          onChange={(e) => set('campaignStart', e.currentTarget.value)} />
        <TextField id="campaign-end" label={t('campaigns.editor.end')} hint={t('campaigns.editor.dateHint')} required inputMode="numeric"
          error={f.campaignEnd} value={draft.campaignEnd} maxLength={10} autoComplete="off" className="short"
          onChange={(e) => set('campaignEnd', e.currentTarget.value)} />
        <h2 id="campaign-form-targets">{t('campaigns.editor.targets')}</h2>
        <p>{t('campaigns.editor.targetsIntro')}</p>
        <TextField id="campaign-target-people" label={t('campaigns.editor.targetPeople')} inputMode="numeric" className="short"
          error={f.targetPeople} value={draft.targetPeople} maxLength={7} autoComplete="off" onChange={(e) => set('targetPeople', e.currentTarget.value)} />
        <TextField id="campaign-target-orgs" label={t('campaigns.editor.targetOrganizations')} inputMode="numeric" className="short"
          error={f.targetOrganizations} value={draft.targetOrganizations} maxLength={7} autoComplete="off" onChange={(e) => set('targetOrganizations', e.currentTarget.value)} />
        <TextField id="campaign-target-source" label={t('campaigns.editor.targetSource')} hint={t('campaigns.editor.targetSourceHint')}
          error={f.targetSource} value={draft.targetSource} maxLength={500} autoComplete="off" onChange={(e) => set('targetSource', e.currentTarget.value)} />
        <h2 id="campaign-form-where">{t('campaigns.editor.where')}</h2>
        <ChoiceGroup id="campaign-counties" name="campaign-counties" type="checkbox" legend={t('campaigns.editor.counties')}
          hint={t(scope ? 'campaigns.editor.countiesHintCounty' : 'campaigns.editor.countiesHint')} error={f.campaignCounties} columns
          choices={counties.filter((o) => !scope || o.value === scope).map((o) => ({ value: o.value, label: o.label }))}
          value={draft.campaignCounties} onChange={(v) => set('campaignCounties', v as string[])} />
        <TextField id="campaign-section" label={t('campaigns.editor.section')} hint={t('campaigns.editor.sectionHint')} required lang="zh-CN"
          error={f.planSection} value={draft.planSection} maxLength={300} autoComplete="off" onChange={(e) => set('planSection', e.currentTarget.value)} />
        <ButtonRow>
          <Button type="submit" aria-disabled={creating || updating || undefined}>{t('campaigns.editor.save')}</Button>
        </ButtonRow>
      </form>
    </Page>
  );
}
