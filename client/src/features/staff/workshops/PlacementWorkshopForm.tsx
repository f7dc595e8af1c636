// On a placement's page: the workshop or base the person works at (plan （四）（五）（六）), chosen from those of the
// person's county; the person is told, and the change goes into the placement's history.
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAnnounce } from '../../../components/Announcer';
import { Button, ButtonRow } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField } from '../../../components/fields';
import { useFormErrors } from '../../../components/useFormErrors';
import { graphql } from '../../../gql';
import { useI18n } from '../../../i18n/I18nProvider';
import { useMark } from '../../../components/Lang';

const COUNTY_WORKSHOP_OPTIONS = graphql(`
  query CountyWorkshopOptions($county: String!) {
    workshops(filter: { countyCode: $county }, page: { pageSize: 100 }) { items { id name kind capacity employedCount } }
  }
`);
const LINK_WORKSHOP = graphql(`
  mutation LinkPlacementToWorkshop($placementId: ID!, $workshopId: ID) {
    linkPlacementToWorkshop(placementId: $placementId, workshopId: $workshopId) { id workshopId workshop { id name } }
  }
`);

type Field = 'workshop';
const ORDER: ReadonlyArray<readonly [Field, string]> = [['workshop', 'pl-workshop']];
const NONE = 'none';

export function PlacementWorkshopForm({ placement, onSaved, onErrors }: {
  placement: { id: string; countyCode: string; workshop?: { id: string; name: string } | null };
  onSaved: () => Promise<void>; onErrors: (has: boolean) => void;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const errors = useFormErrors<Field>(ORDER, { workshopId: 'workshop' });
  const current = placement.workshop?.id ?? NONE;
  const [choice, setChoice] = useState(current);
  const { data } = useQuery(COUNTY_WORKSHOP_OPTIONS, { variables: { county: placement.countyCode }, fetchPolicy: 'network-only' });
  const [link, { loading }] = useMutation(LINK_WORKSHOP);
  const options = [{ value: NONE, label: t('workshops.link.noneOption') },
    ...(data?.workshops.items ?? []).map((w) => ({ value: w.id, label: `${w.name}（${t(`workshops.kind.${w.kind}`)}，${t('workshops.staff.ofCapacity', { employed: w.employedCount, capacity: w.capacity })}）` }))];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (loading) return;
    if (choice === current) {
      onErrors(true);
      return errors.fail({ workshop: t('workshops.link.err') });
    }
    try {
      await link({ variables: { placementId: placement.id, workshopId: choice === NONE ? null : choice } });
      errors.clear();
      onErrors(false);
      announce(t('workshops.link.saved'));
      await onSaved();
    } catch (err) {
      onErrors(true);
      errors.failFromServer(err, t('error.generic'));
    }
  };
  return mark(
    <section aria-labelledby="pl-workshop-title">
      <h2 id="pl-workshop-title">{t('workshops.link.title')}</h2>
      <p>{placement.workshop ? t('workshops.link.current', { name: placement.workshop.name }) : t('workshops.link.none')}</p>
      <ErrorSummary items={errors.summary} message={errors.message} attempt={errors.attempt} />
      <form onSubmit={submit} noValidate>
        <SelectField id="pl-workshop" label={t('workshops.link.choose')} hint={t('workshops.link.chooseHint')} error={errors.fields.workshop}
          value={choice} options={options} onChange={(e) => setChoice(e.currentTarget.value)} />
        <ButtonRow><Button type="submit" variant="secondary" aria-disabled={loading || undefined}>{t('workshops.link.submit')}</Button></ButtonRow>
      </form>
    </section>
  );
}
