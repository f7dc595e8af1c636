// Staff: the action-plan workbench. One place that links every tool, grouped by what the person came to do,
// with the area their account covers (the whole city, or one county).
import { Link } from 'react-router';
import { useCountyOptions } from '../../components/counties';
import { Page } from '../../components/Page';
import { useSession } from '../../components/session';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { useMark } from '../../components/Lang';

interface Tool { to: string; title: MessageKey; hint: MessageKey; adminOnly?: boolean; cityOnly?: boolean }

const SECTIONS: Array<{ heading: MessageKey; tools: Tool[] }> = [
  { heading: 'staff.home.sectionProgress', tools: [
    { to: '/staff/plan', title: 'staff.home.plan', hint: 'staff.home.planHint' },
    { to: '/staff/reports/quarterly', title: 'staff.home.quarterly', hint: 'staff.home.quarterlyHint' },
    { to: '/staff/reports/submissions', title: 'staff.home.submissions', hint: 'staff.home.submissionsHint', cityOnly: true },
    { to: '/staff/plans', title: 'staff.home.plans', hint: 'staff.home.plansHint' },
    { to: '/staff/placements', title: 'placements.home.title', hint: 'placements.home.hint' },
    { to: '/staff/outcomes', title: 'outcomes.home.figures', hint: 'outcomes.home.figuresHint' },
    { to: '/staff/campaigns', title: 'campaigns.home.title', hint: 'campaigns.home.hint' },
  ] },
  { heading: 'staff.home.sectionServices', tools: [
    { to: '/staff/four-ones', title: 'staff.home.fourOnes', hint: 'staff.home.fourOnesHint' },
    { to: '/staff/graduates', title: 'staff.home.ledger', hint: 'staff.home.ledgerHint' },
    { to: '/staff/follow-ups', title: 'outcomes.home.followUps', hint: 'outcomes.home.followUpsHint' },
    { to: '/staff/outreach', title: 'staff.home.outreach', hint: 'staff.home.outreachHint' },
    { to: '/staff/events', title: 'staff.home.events', hint: 'staff.home.eventsHint' },
    { to: '/staff/interviews', title: 'staffIv.title', hint: 'staffIv.hint' },
    { to: '/staff/workshops', title: 'workshops.staff.title', hint: 'workshops.staff.byCountyCaption' },
    { to: '/staff/massage', title: 'massage.title', hint: 'massage.home.hint' },
  ] },
  { heading: 'staff.home.sectionChecks', tools: [
    { to: '/staff/verification', title: 'staff.home.verify', hint: 'staff.home.verifyHint' },
    { to: '/staff/imports', title: 'staff.home.imports', hint: 'staff.home.importsHint' },
    { to: '/staff/integrity', title: 'staff.home.integrity', hint: 'staff.home.integrityHint' },
    { to: '/staff/genuineness', title: 'staff.home.genuineness', hint: 'staff.home.genuinenessHint' },
    { to: '/staff/quota', title: 'staff.home.quota', hint: 'staff.home.quotaHint' },
    { to: '/staff/quota-review', title: 'qr.queue.title', hint: 'qr.home.hint' },
    { to: '/staff/policy', title: 'staff.home.policy', hint: 'staff.home.policyHint' },
    { to: '/staff/subsidies', title: 'sub.nav.staff', hint: 'sub.home.staffHint' },
    { to: '/subsidies', title: 'sub.nav.catalogue', hint: 'sub.home.catalogueHint' },
  ] },
  { heading: 'admin.home.section', tools: [
    { to: '/staff/users', title: 'admin.home.users', hint: 'admin.home.usersHint', adminOnly: true },
    { to: '/staff/audit', title: 'admin.home.audit', hint: 'admin.home.auditHint' },
  ] },
];

export function StaffHomePage() {
  const mark = useMark();
  const { t } = useI18n();
  const { me } = useSession();
  const { nameOf } = useCountyOptions();
  const scope = me?.scopeCountyCode;
  return mark(
    <Page title={t('staff.home.title')}>
      <p>{t('staff.home.intro')}</p>
      <p>{scope ? t('staff.home.scopeCounty', { county: nameOf(scope) }) : t('staff.home.scopeCity')}</p>
      {SECTIONS.map((section) => (
        <section key={section.heading} aria-labelledby={`staff-${section.heading}`}>
          <h2 id={`staff-${section.heading}`}>{t(section.heading)}</h2>
          <ul className="card-list grid">
            {section.tools.filter((tool) => (!tool.adminOnly || me?.role === 'ADMIN') && (!tool.cityOnly || !scope)).map((tool) => (
              <li key={tool.to} className="card">
                <h3><Link to={tool.to}>{t(tool.title)}</Link></h3>
                <p>{t(tool.hint)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
