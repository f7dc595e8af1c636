// Staff at the counter act for a person who consented ("残联工作人员可以代我办理") by choosing one thing for them (a
// fair to register for, a course to enrol in): the page around the choice, shared by those screens. It shows the
// person's consent gate, the choice (with any fields the screen adds for the chosen one), the error summary, and what
// was done; the screen says what to send and the words for it.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { describeError } from '../lib/graphql-errors';
import { useAnnounce } from './Announcer';
import { Button, ButtonRow } from './Button';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { ChoiceGroup, type Choice } from './fields';
import { useMark } from './Lang';
import { Loading } from './Loading';
import { Notice } from './Notice';
import { Page } from './Page';

export interface OnBehalfWords {
  /** The title while the person cannot be loaded. */
  title: string;
  pageTitle: (name: string) => string;
  intro: (name: string) => string;
  formTitle: string;
  legend: string;
  /** Said when nothing is chosen. */
  choose: string;
  /** Said when there is nothing to choose from. */
  none: string;
  submit: (name: string) => string;
}

export function OnBehalfChoicePage({ seekerId, seeker, loading, error, words, choiceId, choices, onChoose, extra, check, act }: {
  seekerId: string;
  seeker: { id: string; name: string; consents?: readonly string[] | null } | undefined;
  loading: boolean;
  error: unknown;
  words: OnBehalfWords;
  /** The choice group's id: its first control is where the summary sends focus. */
  choiceId: string;
  choices: readonly Choice[];
  onChoose?: (value: string) => void;
  /** Fields for the chosen value, below the choice. */
  extra?: (chosen: string) => ReactNode;
  /** A problem with the chosen value found before sending, or null. */
  check?: (chosen: string) => string | null;
  /** Sends the act for the chosen value; resolves to the words that say it is done. */
  act: (chosen: string) => Promise<string>;
}) {
  const mark = useMark();
  const { t } = useI18n();
  const announce = useAnnounce();
  const [chosen, setChosen] = useState('');
  const [sending, setSending] = useState(false);
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);

  if (loading && !seeker) return <Loading />;
  if (error || !seeker) {
    return (
      <Page title={words.title}>
        <Notice tone="error"><p>{describeError(error).message ?? t('error.loadFailed')}</p></Notice>
        <p><Link to={`/staff/seekers/${seekerId}`}>{t('onBehalf.back')}</Link></p>
      </Page>
    );
  }
  const s = seeker;
  const title = words.pageTitle(s.name);
  const back = <p><Link to={`/staff/seekers/${s.id}`}>{t('onBehalf.backTo', { name: s.name })}</Link></p>;
  if (!(s.consents ?? []).includes('ACT_ON_BEHALF')) {
    return <Page title={title}>{back}<Notice tone="warning"><p>{t('onBehalf.noConsent', { name: s.name })}</p></Notice></Page>;
  }
  const target = `${choiceId}-0`;
  const fail = (items: SummaryItem[], msg: string | null) => {
    setProblems(items);
    setMessage(msg);
    setAttempt((a) => a + 1);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending) return;
    if (!choices.some((c) => c.value === chosen)) return fail([{ target, message: words.choose }], null);
    const problem = check?.(chosen);
    if (problem) return fail([], problem);
    setSending(true);
    try {
      const said = await act(chosen);
      setProblems([]);
      setMessage(null);
      setDone(said);
      announce(said);
    } catch (err) {
      fail([], describeError(err).message ?? t('error.generic'));
    } finally {
      setSending(false);
    }
  };
  return mark(
    <Page title={title} hasErrors={problems.length > 0 || !!message}>
      {back}
      <p>{words.intro(s.name)}</p>
      <ErrorSummary items={problems} message={message} attempt={attempt} />
      {done && <Notice tone="success"><p>{done}</p></Notice>}
      {choices.length === 0 ? <p>{words.none}</p> : (
        <form onSubmit={submit} noValidate aria-labelledby={`${choiceId}-title`}>
          <h2 id={`${choiceId}-title`}>{words.formTitle}</h2>
          <ChoiceGroup id={choiceId} name={choiceId} type="radio" legend={words.legend} choices={choices}
            error={problems.find((p) => p.target === target)?.message} value={chosen || null}
            onChange={(v) => { setChosen(String(v)); onChoose?.(String(v)); }} />
          {chosen && extra?.(chosen)}
          <ButtonRow>
            <Button type="submit" aria-disabled={sending || undefined}>{words.submit(s.name)}</Button>
          </ButtonRow>
        </form>
      )}
    </Page>
  );
}
