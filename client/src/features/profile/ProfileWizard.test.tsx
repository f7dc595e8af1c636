import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CategoryDefaultsDocument, CountiesDocument, MeDocument, MyProfileFullDocument, SaveMyProfileDocument,
  type SeekerProfileInput,
} from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { ProfileWizard } from './ProfileWizard';

jest.setTimeout(30_000);

const LUOSHAN = '411521';

const PROFILE = {
  __typename: 'SeekerProfile', id: 's1', name: '张明', gender: 'MALE', birthDate: '1990-01-01', age: 34, countyCode: LUOSHAN,
  residence: 'URBAN', phone: null, certificateNumber: null, category: null, level: null, education: 'VOCATIONAL',
  graduateSchool: null, graduateYear: null, skills: ['按摩'], experience: '', cannotDo: null, supportsMust: null, supportsNice: null,
  preferredForms: ['FULL_TIME'], preferredCounties: [], payMin: null, employmentStatus: 'UNEMPLOYED', consents: [] as string[],
  priorityGroups: [], updatedAt: '2024-03-01T02:00:00.000Z',
};

const WITH_DISABILITY = {
  ...PROFILE, consents: ['SENSITIVE_DATA', 'JOB_MATCHING'], certificateNumber: '4115**********1234**', category: 'VISUAL', level: 2,
  cannotDo: ['READING_PRINT'], supportsMust: ['SCREEN_READER'], supportsNice: [],
};

function mocks(profile: Record<string, unknown> | null, saved: SeekerProfileInput[] = []) {
  return [
    { request: { query: MeDocument }, maxUsageCount: Infinity, result: { data: { me: {
      __typename: 'User', id: 'u1', displayName: '张明', role: 'SEEKER', locale: 'zh-CN', phone: '13812345678', email: null, scopeCountyCode: null,
      mustChangePassword: false,
    } } } },
    { request: { query: CountiesDocument }, maxUsageCount: Infinity, result: { data: { counties: [
      { __typename: 'County', code: LUOSHAN, nameZh: '罗山县', nameEn: 'Luoshan County' },
    ] } } },
    { request: { query: MyProfileFullDocument }, maxUsageCount: Infinity, result: { data: { myProfile: profile } } },
    { request: { query: CategoryDefaultsDocument, variables: { category: 'VISUAL' } }, maxUsageCount: Infinity, result: { data: { categoryDefaults: {
      __typename: 'CategoryDefaultsModel', cannotDo: ['READING_PRINT', 'VISUAL_DETAIL', 'DRIVING'], supportsMust: ['SCREEN_READER'],
      supportsNice: ['BRAILLE', 'ACCESSIBLE_TRANSPORT'],
    } } } },
    {
      request: { query: SaveMyProfileDocument, variables: (v: Record<string, unknown>) => { saved.push(v.input as SeekerProfileInput); return true; } },
      result: (v: Record<string, any>) => ({ data: { saveMyProfile: { ...PROFILE, ...v.input, __typename: 'SeekerProfile', age: 34, updatedAt: PROFILE.updatedAt,
        certificateNumber: null, graduateSchool: null } } }),
    },
  ];
}

const render = (profile: Record<string, unknown> | null, saved?: SeekerProfileInput[], step = '') =>
  renderWithApp(<ProfileWizard />, { path: `/profile/edit${step ? `?step=${step}` : ''}`, route: '/profile/edit', mocks: mocks(profile, saved) });

const h1 = () => screen.getByRole('heading', { level: 1 });
const next = () => userEvent.click(screen.getByRole('button', { name: '下一步' }));
const steps = () => within(screen.getByRole('list', { name: '填写步骤' })).getAllByRole('listitem').map((li) => li.textContent);
const consentBox = (name: RegExp) => within(screen.getByRole('group', { name: '请选择您同意的事项' })).getByRole('checkbox', { name });
const SENSITIVE = /^1\. 同意保存和使用我的残疾信息/;
const group = (name: string) => screen.getByRole('group', { name });
const checkedIn = (name: string) => within(group(name)).getAllByRole('checkbox')
  .filter((c) => (c as HTMLInputElement).checked).map((c) => c.closest('.choice')!.querySelector('label')!.textContent);

afterEach(() => window.sessionStorage.clear());

describe('seeker profile wizard', () => {
  it('starts with consent, explaining why disability data is asked for and who sees it, with nothing ticked', async () => {
    render(null);
    expect(await screen.findByRole('heading', { level: 1, name: '同意事项' })).toBeInTheDocument();
    expect(document.title).toBe('同意事项（第 1 步，共 5 步）- 求职档案 - 助业通');
    expect(screen.getByRole('heading', { level: 2, name: '为什么要问残疾信息？' })).toBeInTheDocument();
    expect(screen.getByText(/我们才能给您找真正适合的工作/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '谁能看到？' })).toBeInTheDocument();
    const sensitive = consentBox(SENSITIVE);
    expect(sensitive).not.toBeChecked();
    expect(sensitive).toHaveAccessibleDescription(/不同意时，我们不保存残疾人证号、残疾类别和需要的支持/);
    expect(steps()).toEqual(['1. 同意事项', '2. 基本信息', '3. 技能和学历', '4. 求职意向', '5. 检查并保存']);
  });

  it('without the sensitive-data consent there is no disability step, not even by address', async () => {
    render(PROFILE, [], 'disability');
    expect(await screen.findByRole('heading', { level: 1, name: '同意事项' })).toBeInTheDocument();
    await next();
    expect(h1()).toHaveTextContent('基本信息');
    await next();
    expect(h1()).toHaveTextContent('技能和学历');
    expect(screen.queryByRole('group', { name: '残疾类别' })).not.toBeInTheDocument();
  });

  it('refuses to share disability data with employers unless it may be kept at all', async () => {
    render(PROFILE);
    await userEvent.click(await screen.findByRole('checkbox', { name: /^4\. 同意让我申请的单位看到/ }));
    await next();
    const summary = screen.getByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(h1()).toHaveTextContent('同意事项');
    await userEvent.click(within(summary).getByRole('link', { name: '要让单位看到残疾信息，请先同意第1项' }));
    expect(screen.getByRole('group', { name: '请选择您同意的事项' })).toHaveAccessibleDescription(/要让单位看到残疾信息，请先同意第1项/);
  });

  it('withdrawing the consent warns, drops the disability steps and saves no disability data', async () => {
    const saved: SeekerProfileInput[] = [];
    render(WITH_DISABILITY, saved);
    const sensitive = await screen.findByRole('checkbox', { name: SENSITIVE });
    expect(sensitive).toBeChecked();
    expect(steps()).toContain('3. 残疾信息');
    await userEvent.click(sensitive);
    expect(screen.getByText('您撤回了第1项。保存档案时，已保存的残疾信息会被删除。')).toBeInTheDocument();
    expect(steps()).not.toContain('3. 残疾信息');
    for (const name of ['基本信息', '技能和学历', '求职意向', '检查并保存']) {
      await next();
      expect(h1()).toHaveTextContent(name);
    }
    expect(screen.getByText('您没有同意保存残疾信息，所以档案里没有残疾信息。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存档案' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ consents: ['JOB_MATCHING'], category: null, level: null, cannotDo: [], supportsMust: [], supportsNice: [] });
    expect(saved[0]).not.toHaveProperty('certificateNumber');
  });

  it('choosing a category fills in its usual needs, which the person can change before saving', async () => {
    const saved: SeekerProfileInput[] = [];
    render(PROFILE, saved);
    await userEvent.click(await screen.findByRole('checkbox', { name: SENSITIVE }));
    expect(steps()).toEqual(['1. 同意事项', '2. 基本信息', '3. 残疾信息', '4. 需要的支持', '5. 技能和学历', '6. 求职意向', '7. 检查并保存']);
    await next();
    await next();
    expect(h1()).toHaveTextContent('残疾信息');
    await userEvent.click(screen.getByRole('radio', { name: '视力残疾' }));
    await userEvent.click(screen.getByRole('radio', { name: '二级' }));
    await next();
    expect(h1()).toHaveTextContent('需要的支持');

    expect(await screen.findByText('我们根据“视力残疾”先勾选了常见的需求。请按您自己的情况修改。')).toBeInTheDocument();
    expect(checkedIn('哪些事您做不了，或者很难做到？')).toEqual(['阅读纸质材料', '看清细小物件', '驾驶车辆']);
    expect(checkedIn('工作时必须有哪些支持？')).toEqual(['读屏软件']);
    expect(checkedIn('还有哪些支持对您有帮助？')).toEqual(['盲文材料', '无障碍接送']);

    await userEvent.click(within(group('哪些事您做不了，或者很难做到？')).getByRole('checkbox', { name: '驾驶车辆' }));
    await userEvent.click(within(group('哪些事您做不了，或者很难做到？')).getByRole('checkbox', { name: '上夜班' }));
    await userEvent.click(within(group('还有哪些支持对您有帮助？')).getByRole('checkbox', { name: '盲文材料' }));
    await userEvent.click(within(group('还有哪些支持对您有帮助？')).getByRole('checkbox', { name: '屏幕放大软件' }));
    expect(checkedIn('哪些事您做不了，或者很难做到？')).toEqual(['阅读纸质材料', '看清细小物件', '上夜班']);

    for (const name of ['技能和学历', '求职意向', '检查并保存']) {
      await next();
      expect(h1()).toHaveTextContent(name);
    }
    expect(screen.getByText('做不了的事').nextElementSibling).toHaveTextContent('阅读纸质材料、看清细小物件、上夜班');
    await userEvent.click(screen.getByRole('button', { name: '保存档案' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(saved[0]).toMatchObject({
      consents: ['SENSITIVE_DATA'], category: 'VISUAL', level: 2,
      cannotDo: ['READING_PRINT', 'VISUAL_DETAIL', 'NIGHT_SHIFTS'],
      supportsMust: ['SCREEN_READER'],
      supportsNice: ['SCREEN_MAGNIFIER', 'ACCESSIBLE_TRANSPORT'],
    });
  });

  it('a lapsed sign-in keeps the answers (never a certificate number), links back to this step, and gives them back', async () => {
    const refused = { request: { query: SaveMyProfileDocument, variables: () => true }, result: { errors: [{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }] } };
    const first = renderWithApp(<ProfileWizard />, { path: '/profile/edit?step=skills', route: '/profile/edit',
      mocks: [...mocks(PROFILE).slice(0, -1), refused] });
    const skills = await screen.findByRole('textbox', { name: '技能' });
    await userEvent.clear(skills);
    await userEvent.type(skills, '按摩、电脑打字');
    await next();
    await next();
    expect(h1()).toHaveTextContent('检查并保存');
    await userEvent.click(screen.getByRole('button', { name: '保存档案' }));
    const summary = await screen.findByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: '重新登录，回到这一页继续' }))
      .toHaveAttribute('href', `/sign-in?next=${encodeURIComponent('/profile/edit?step=review')}`);
    const stored = JSON.stringify(window.sessionStorage.getItem('zyt:draft:/profile/edit'));
    expect(stored).toContain('电脑打字');
    expect(stored).not.toMatch(/certificate/i);
    first.unmount();

    const saved: SeekerProfileInput[] = [];
    render(PROFILE, saved, 'review');
    expect(await screen.findByText('已恢复您登录前填写的内容，请检查后再提交。')).toBeInTheDocument();
    expect(document.body.textContent).toContain('电脑打字');
    await userEvent.click(screen.getByRole('button', { name: '保存档案' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(saved[0].skills).toEqual(['按摩', '电脑打字']);
    expect(window.sessionStorage.length).toBe(0);
  });
});
