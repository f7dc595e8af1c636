import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CountiesDocument, CreatePostingDocument, EditorContextDocument, PostingForEditDocument, UpdatePostingDocument,
  type CreatePostingMutationVariables, type UpdatePostingMutationVariables,
} from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { PostingEditorPage } from './PostingEditorPage';

jest.setTimeout(30_000);

const LUOSHAN = '411521';

const EXISTING = {
  __typename: 'Posting', id: 'p1', version: 3, status: 'PUBLISHED', title: '电商客服', description: '在网上回答顾客的问题，用文字沟通。',
  easyRead: '', countyCode: LUOSHAN, address: '罗山县城关镇人民路8号', employmentForm: 'FULL_TIME', openings: 2, openingsLeft: 2,
  salaryMin: 2500, salaryMax: null, educationRequired: 'NONE', skills: ['电脑打字'], reserved: true, relaxedAge: false,
  relaxedHousehold: false, relaxedExamRatio: false, relaxationNote: '', demands: ['READING_PRINT'], supports: ['SCREEN_READER'],
  suitableCategories: [], deadline: null,
};

function mocks(sent: { create: CreatePostingMutationVariables[]; update: UpdatePostingMutationVariables[] }) {
  return [
    { request: { query: EditorContextDocument }, maxUsageCount: Infinity, result: { data: { myOrganization: {
      __typename: 'Organization', id: 'o1', name: '罗山县光明电商公司', type: 'PRIVATE', countyCode: LUOSHAN,
      address: '罗山县城关镇人民路8号', verificationStatus: 'VERIFIED',
    } } } },
    { request: { query: CountiesDocument }, maxUsageCount: Infinity, result: { data: { counties: [
      { __typename: 'County', code: LUOSHAN, nameZh: '罗山县', nameEn: 'Luoshan County' },
    ] } } },
    { request: { query: PostingForEditDocument, variables: { id: 'p1' } }, maxUsageCount: Infinity, result: { data: { posting: EXISTING } } },
    {
      request: { query: CreatePostingDocument, variables: (v: Record<string, unknown>) => { sent.create.push(v as CreatePostingMutationVariables); return true; } },
      result: (v: Record<string, any>) => ({ data: { createPosting: { __typename: 'Posting', id: 'p9', status: 'DRAFT', version: 1, title: v.input.title } } }),
    },
    {
      request: { query: UpdatePostingDocument, variables: (v: Record<string, unknown>) => { sent.update.push(v as UpdatePostingMutationVariables); return true; } },
      result: (v: Record<string, any>) => ({ data: { updatePosting: { ...EXISTING, ...v.input, version: 4 } } }),
    },
  ];
}

function render(path = '/employer/postings/new') {
  const sent = { create: [] as CreatePostingMutationVariables[], update: [] as UpdatePostingMutationVariables[] };
  renderWithApp(
    <PostingEditorPage />,
    { path, route: path.endsWith('/new') ? '/employer/postings/new' : '/employer/postings/:id/edit', mocks: mocks(sent) },
  );
  return sent;
}

const DEMANDS = '这份工作一定要做哪些事？';
const SUPPORTS = '单位能提供哪些支持？';
const box = (groupName: string, name: string) => within(screen.getByRole('group', { name: groupName })).getByRole('checkbox', { name });
const checklist = () => screen.getByRole('region', { name: '检查：要求和支持对得上吗？' });
const summary = () => screen.getByRole('group', { name: '请先修改以下问题' });

async function fillRequired() {
  await userEvent.type(screen.getByRole('textbox', { name: /^职位名称/ }), '电商客服');
  await userEvent.type(screen.getByRole('textbox', { name: /^工作内容/ }), '在网上回答顾客的问题，用文字沟通。');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^就业形式/ }), '全职');
}

describe('posting editor', () => {
  it('asks for demands and supports in two fieldsets with legends, and the checklist says which barriers are removed', async () => {
    render();
    expect(await screen.findByRole('heading', { level: 1, name: '新建职位' })).toBeInTheDocument();
    for (const name of [DEMANDS, SUPPORTS]) {
      const group = screen.getByRole('group', { name });
      expect(group.tagName).toBe('FIELDSET');
      expect(group.querySelector('legend')).toHaveTextContent(name);
    }
    expect(within(screen.getByRole('group', { name: DEMANDS })).getAllByRole('checkbox')).toHaveLength(13);
    expect(within(checklist()).getByText('没有勾选特别的工作要求。大多数残疾人都可以考虑这份工作。')).toBeInTheDocument();

    await userEvent.click(box(DEMANDS, '阅读纸质材料'));
    expect(within(checklist()).getByRole('listitem')).toHaveTextContent('阅读纸质材料：建议提供“读屏软件或盲文材料或屏幕放大软件”，让更多残疾人能做这份工作。');
    expect(within(checklist()).getByText('还没有选择任何支持。')).toBeInTheDocument();

    await userEvent.click(box(SUPPORTS, '读屏软件'));
    expect(within(checklist()).getByRole('listitem')).toHaveTextContent('阅读纸质材料：已提供“读屏软件”，这项要求对很多人不再是障碍。');
    expect(within(checklist()).getByText('已选择 1 项支持。')).toBeInTheDocument();
  });

  it('an empty form lists the required fields in a focused summary, each link goes to its field, nothing is sent', async () => {
    const sent = render();
    await userEvent.click(await screen.findByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(summary()).toHaveFocus());
    expect(document.title).toBe('错误：新建职位 - 助业通');
    expect(within(summary()).getAllByRole('link').map((l) => l.textContent)).toEqual([
      '职位名称应为2到80个字', '工作内容应为10到5000个字', '请选择就业形式',
    ]);
    const form = screen.getByRole('combobox', { name: /^就业形式/ });
    expect(form).toHaveAttribute('aria-invalid', 'true');
    expect(form).toHaveAccessibleDescription(/请选择就业形式/);
    await userEvent.click(within(summary()).getByRole('link', { name: '工作内容应为10到5000个字' }));
    expect(screen.getByRole('textbox', { name: /^工作内容/ })).toHaveFocus();
    // filled in from the organisation, so not a problem
    expect(screen.getByRole('combobox', { name: /^工作地点所在县区/ })).not.toHaveAttribute('aria-invalid');
    expect(sent.create).toHaveLength(0);
  });

  it('a failed submit from the preview tab goes back to the form', async () => {
    render();
    await userEvent.click(await screen.findByRole('tab', { name: '预览' }));
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(summary()).toHaveFocus());
    expect(screen.getByRole('tab', { name: '填写职位信息' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(within(summary()).getByRole('link', { name: '职位名称应为2到80个字' }));
    expect(screen.getByRole('textbox', { name: /^职位名称/ })).toHaveFocus();
  });

  it('the preview shows what job seekers will see, before anything is saved', async () => {
    render();
    const title = await screen.findByRole('textbox', { name: /^职位名称/ });
    await fillRequired();
    await userEvent.type(screen.getByRole('textbox', { name: /^最低月薪/ }), '3000');
    await userEvent.type(screen.getByRole('textbox', { name: /^最高月薪/ }), '4000');
    await userEvent.click(box(DEMANDS, '打电话'));
    await userEvent.click(box(SUPPORTS, '文字沟通'));
    await userEvent.click(box(SUPPORTS, '弹性工作时间'));
    expect(title).toHaveValue('电商客服');

    await userEvent.click(screen.getByRole('tab', { name: '预览' }));
    const preview = screen.getByRole('region', { name: '预览：求职者看到的样子' });
    expect(within(preview).getByRole('heading', { level: 3, name: '电商客服' })).toBeInTheDocument();
    expect(within(preview).getByText('残疾人预留岗位')).toBeInTheDocument();
    const fact = (term: string) => within(preview).getByText(term, { selector: 'dt', exact: false }).nextElementSibling;
    expect(fact('单位')).toHaveTextContent('罗山县光明电商公司（民营企业）');
    expect(fact('地点')).toHaveTextContent('罗山县 罗山县城关镇人民路8号');
    expect(fact('月薪')).toHaveTextContent('每月 3,000 到 4,000 元');
    expect(fact('就业形式')).toHaveTextContent('全职');
    const listAfter = (heading: string) => {
      let el = within(preview).getByRole('heading', { level: 3, name: heading }).nextElementSibling;
      while (el && el.tagName !== 'UL') el = el.nextElementSibling;
      return within(el as HTMLElement).getAllByRole('listitem').map((li) => li.textContent);
    };
    expect(listAfter('这份工作要做的事')).toEqual(['打电话']);
    expect(listAfter('单位提供的支持')).toEqual(['文字沟通', '弹性工作时间']);
    expect(within(preview).getByText('在网上回答顾客的问题，用文字沟通。')).toBeInTheDocument();
    expect(within(preview).getByText('保存后，系统会根据上面的信息自动生成简明版。')).toBeInTheDocument();
    // the form is not on screen meanwhile, and comes back with what was typed
    expect(screen.queryByRole('textbox', { name: /^职位名称/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: '填写职位信息' }));
    expect(box(SUPPORTS, '弹性工作时间')).toBeChecked();
  });

  it('saving a new posting sends the chosen demands and supports with the rest of the form', async () => {
    const sent = render();
    await screen.findByRole('textbox', { name: /^职位名称/ });
    await fillRequired();
    await userEvent.click(box(DEMANDS, '快节奏工作'));
    await userEvent.click(box(DEMANDS, '打电话'));
    await userEvent.click(box(SUPPORTS, '就业辅导员'));
    await userEvent.click(box(SUPPORTS, '文字沟通'));
    await userEvent.click(box(SUPPORTS, '文字沟通'));
    await userEvent.click(box(SUPPORTS, '读屏软件'));
    await userEvent.click(screen.getByRole('button', { name: '保存草稿' }));

    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(sent.create).toHaveLength(1);
    expect(sent.create[0].input).toMatchObject({
      title: '电商客服', employmentForm: 'FULL_TIME', openings: 1, countyCode: LUOSHAN, address: '罗山县城关镇人民路8号', reserved: true,
      demands: ['VOICE_CALLS', 'FAST_PACE'],
      supports: ['SCREEN_READER', 'JOB_COACH'],
      suitableCategories: [],
    });
  });

  it('changing a published posting warns, and saves the changed supports with the version it was read at', async () => {
    const sent = render('/employer/postings/p1/edit');
    expect(await screen.findByRole('heading', { level: 1, name: '修改职位：电商客服' })).toBeInTheDocument();
    expect(screen.getByText('这个职位正在招聘。保存后，求职者马上会看到修改。')).toBeInTheDocument();
    expect(box(DEMANDS, '阅读纸质材料')).toBeChecked();
    expect(box(SUPPORTS, '读屏软件')).toBeChecked();
    await userEvent.click(box(SUPPORTS, '盲文材料'));
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));

    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(sent.update).toHaveLength(1);
    expect(sent.update[0]).toMatchObject({ id: 'p1', expectedVersion: 3 });
    expect(sent.update[0].input).toMatchObject({ demands: ['READING_PRINT'], supports: ['SCREEN_READER', 'BRAILLE'] });
  });
});
