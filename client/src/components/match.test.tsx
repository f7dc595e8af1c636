import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/types';
import { MemoryRouter } from 'react-router';
import { MatchedPostingCard, MatchExplanation, type MatchAudience, type MatchData } from './match';

const blindSeeker: MatchData = {
  score: 82,
  eligible: true,
  reasons: [
    { code: 'SUPPORT_OFFERED', text: '提供读屏软件' },
    { code: 'DEMAND_ABSENT', text: '无需阅读纸质材料' },
    { code: 'HOME_COUNTY', text: '就在您所在的县区' },
  ],
  gaps: [
    { code: 'NICE_SUPPORT_MISSING', text: '未提供盲文材料', blocking: false, closedBy: ['BRAILLE'], subsidy: false },
    { code: 'SKILLS_MISSING', text: '尚缺技能：推拿', blocking: false, closedBy: [], subsidy: false },
  ],
};

function show(match: MatchData, { audience, locale = 'zh-CN' }: { audience?: MatchAudience; locale?: Locale } = {}) {
  return render(<MemoryRouter><I18nProvider initial={locale}><MatchExplanation match={match} audience={audience} /></I18nProvider></MemoryRouter>);
}

/** The list that follows its visible label (the label is plain text, said once; the list carries no second name). */
function listAfter(label: string): HTMLElement {
  const list = screen.getByText(label).nextElementSibling as HTMLElement;
  expect(list.tagName).toBe('UL');
  return list;
}

const items = (list: HTMLElement) => within(list).getAllByRole('listitem').map((li) => li.textContent);

describe('match explanation', () => {
  it('lists the reasons in words, in a list named by its label; icons are hidden from screen readers', () => {
    const { container } = show(blindSeeker);
    expect(screen.getByText('匹配度：82 分（满分 100 分）')).toBeVisible();
    expect(screen.getByText('适合您')).toBeVisible();
    const reasons = listAfter('为什么适合您');
    expect(items(reasons)).toEqual(['提供读屏软件', '无需阅读纸质材料', '就在您所在的县区']);
    const icons = container.querySelectorAll('svg');
    expect(icons.length).toBeGreaterThan(0);
    icons.forEach((svg) => expect(svg).toHaveAttribute('aria-hidden', 'true'));
  });

  it('says for each gap what would close it, where the server text does not say so already', () => {
    show(blindSeeker);
    const gaps = listAfter('还差什么，怎样解决');
    expect(items(gaps)).toEqual([
      '未提供盲文材料。单位提供盲文材料就能解决。申请时可以提出这个要求。',
      '尚缺技能：推拿。学会这些技能，或者参加技能培训，会更合适。',
    ]);
  });

  it('puts blocking gaps first and says in words that they must be solved; the job is marked as not suiting yet', () => {
    show({
      score: 40,
      eligible: false,
      reasons: [],
      gaps: [
        { code: 'PAY_BELOW', text: '月薪最高2000元，低于您期望的2500元', blocking: false, closedBy: [], subsidy: false },
        { code: 'DEMAND_BLOCKS', text: '需要阅读纸质材料；如提供读屏软件或盲文材料即可消除此障碍（可申请补贴解决）', blocking: true, closedBy: ['SCREEN_READER', 'BRAILLE'], subsidy: true },
      ],
    });
    expect(screen.getByText('现在还不适合您：有必须先解决的问题')).toBeVisible();
    expect(screen.queryByText('为什么适合您')).not.toBeInTheDocument();
    const gaps = items(listAfter('还差什么，怎样解决'));
    expect(gaps[0]).toBe('必须先解决：需要阅读纸质材料；如提供读屏软件或盲文材料即可消除此障碍（可申请补贴解决）');
    expect(gaps[1]).toBe('月薪最高2000元，低于您期望的2500元');
  });

  it('names the subsidy of the plan\'s catalogue that would pay for the missing support, linking to the catalogue (issue 17)', () => {
    show({
      score: 60, eligible: true, reasons: [],
      gaps: [{ code: 'SUPPORT_MISSING', text: '未提供读屏软件（您的必需支持）', blocking: false, closedBy: ['SCREEN_READER'], subsidy: true,
        fundingHints: [{ code: 'WORKPLACE_ADAPTATION', name: '无障碍改造补贴' }] }],
    });
    const link = screen.getByRole('link', { name: '用人单位可申请补贴：无障碍改造补贴（金额见补贴政策）' });
    expect(link).toHaveAttribute('href', '/subsidies');
  });

  it('addresses the employer on the candidate list, without a verdict about the person', () => {
    show({
      score: 75, eligible: true,
      reasons: [{ code: 'NEEDS_MET', text: '求职者必需的支持均已具备' }],
      gaps: [{ code: 'SKILLS_MISSING', text: '尚缺技能：Excel', blocking: false, closedBy: [], subsidy: false }],
    }, { audience: 'employer' });
    expect(listAfter('为什么合适')).toHaveTextContent('求职者必需的支持均已具备');
    expect(listAfter('还差什么，怎样解决')).toHaveTextContent('尚缺技能：Excel。可以安排上岗前的培训。');
    expect(screen.queryByText('适合您')).not.toBeInTheDocument();
  });

  it('speaks English, with the supports named in English', () => {
    show({ ...blindSeeker, reasons: [{ code: 'SUPPORT_OFFERED', text: 'offers a screen reader' }], gaps: [blindSeeker.gaps[0]] }, { locale: 'en' });
    expect(screen.getByText('Match: 82 out of 100')).toBeVisible();
    expect(listAfter('Why it suits you')).toHaveTextContent('offers a screen reader');
    expect(listAfter('What is missing, and how to solve it'))
      .toHaveTextContent('It is solved if the employer offers Braille materials. You can ask for this when you apply.');
  });

  it('ends a gap with a full stop before its remedy, in English too, so it is read with a pause', () => {
    show({ ...blindSeeker, gaps: [{ ...blindSeeker.gaps[0], text: 'no Braille materials' }] }, { locale: 'en' });
    expect(items(listAfter('What is missing, and how to solve it'))[0])
      .toBe('no Braille materials. It is solved if the employer offers Braille materials. You can ask for this when you apply.');
  });

  it('in a results card each label is said once: lists carry no name repeating the visible label', () => {
    const posting = {
      id: 'p1', title: '盲人保健按摩师', reserved: false, employmentForm: 'FULL_TIME' as const, salaryMin: 2500, salaryMax: 3200,
      openingsLeft: 2, deadline: null, supports: ['SCREEN_READER' as const],
      county: { code: '411521', nameZh: '罗山县', nameEn: 'Luoshan County' },
      organization: { id: 'o1', name: '罗山县光明盲人按摩中心', type: 'SOCIAL_ORG' as const, verificationStatus: 'VERIFIED' as const },
    };
    for (const match of [blindSeeker, null]) {
      const { container, unmount } = render(
        <I18nProvider initial="zh-CN"><MemoryRouter><MatchedPostingCard posting={posting} match={match} /></MemoryRouter></I18nProvider>,
      );
      const card = screen.getByRole('article', { name: '盲人保健按摩师' });
      const lists = within(card).getAllByRole('list');
      expect(lists.length).toBeGreaterThan(0);
      lists.forEach((list) => {
        expect(list).not.toHaveAttribute('aria-labelledby');
        expect(list).not.toHaveAttribute('aria-label');
      });
      // no label text appears twice in the card (once visible, once hidden or as a name)
      const labels = Array.from(container.querySelectorAll('.field-label')).map((el) => el.textContent);
      expect(labels.length).toBeGreaterThan(0);
      for (const text of labels) {
        expect(within(card).getAllByText(text!)).toHaveLength(1);
        expect(container.querySelectorAll(`[aria-label="${text}"]`)).toHaveLength(0);
      }
      unmount();
    }
  });
});
