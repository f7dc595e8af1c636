// Under a job's match: the courses that teach the skills the person lacks (the gap's suggestedCourses, a field of its
// own beside the gap's words), each linking to its page, where the person enrols. Plan （十）: training "以劳动力市场
// 需求为导向".
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { useMark } from '../../components/Lang';

interface Gap { code: string; suggestedCourses?: ReadonlyArray<{ id: string; title: string; startsOn: string }> }

export function SuggestedCourses({ gaps }: { gaps: readonly Gap[] }) {
  const mark = useMark();
  const { t, formatDate } = useI18n();
  const seen = new Set<string>();
  const courses = gaps.flatMap((g) => g.suggestedCourses ?? []).filter((c) => !seen.has(c.id) && !!seen.add(c.id));
  if (!courses.length) return null;
  return mark(
    <section aria-labelledby="suggested-courses-title" className="suggested-courses">
      <h2 id="suggested-courses-title">{t('training.gap.title')}</h2>
      <p>{t('training.gap.intro')}</p>
      <ul>
        {courses.map((c) => (
          <li key={c.id}>
            <Link to={`/training/${c.id}`}>{c.title}</Link>
            {t('common.listSeparator')}{t('training.gap.starts', { date: formatDate(c.startsOn) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
