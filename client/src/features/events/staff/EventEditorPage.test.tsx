import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql } from '../../../gql';
import { renderWithApp } from '../../../test/render';
import { CREATE_EVENT, EventEditorPage, STAFF_SCOPE } from './EventEditorPage';

// the same text as in components/counties.ts, so graphql() hands back the same document
const COUNTIES = graphql(`
  query Counties { counties { code nameZh nameEn } }
`);

const mocks = (createResult: Record<string, unknown>) => [
  { request: { query: STAFF_SCOPE }, result: { data: { me: { __typename: 'User', id: 'u1', scopeCountyCode: null } } }, maxUsageCount: Infinity },
  {
    request: { query: COUNTIES }, maxUsageCount: Infinity,
    result: { data: { counties: [{ __typename: 'County', code: '411503', nameZh: '平桥区', nameEn: 'Pingqiao District' }] } },
  },
  { request: { query: CREATE_EVENT, variables: () => true }, result: createResult },
];

/** Pastes each value (typing every character is slow on a busy machine and tests nothing more here). */
async function fill(name: RegExp, value: string) {
  await userEvent.click(screen.getByRole('textbox', { name }));
  await userEvent.paste(value);
}

async function fillRequired() {
  await fill(/招聘会名称/, '平桥区残疾人专场招聘会');
  await fill(/^开始时间/, '2026-12-03 09:00');
  await fill(/^结束时间/, '2026-12-03 16:00');
  await fill(/^报名开始时间/, '2026-11-20 09:00');
  await fill(/^报名截止时间/, '2026-12-02 18:00');
  await fill(/^地址/, '平桥区民权路8号');
  await fill(/^求职者名额/, '80');
  await fill(/^展位上限/, '12');
}

jest.setTimeout(20_000);

describe('event form', () => {
  it('shows the date-time format next to every time field', () => {
    renderWithApp(<EventEditorPage />, { path: '/staff/events/new', mocks: mocks({ data: null }) });
    for (const name of [/^开始时间/, /^结束时间/, /^报名开始时间/]) {
      expect(screen.getByRole('textbox', { name })).toHaveAccessibleDescription('格式：年-月-日 时:分（24小时制），例如 2026-12-03 09:00');
    }
  });

  it('puts a problem the server finds (input.endsAt) on its field and in the summary, which takes focus', async () => {
    renderWithApp(<EventEditorPage />, {
      path: '/staff/events/new',
      mocks: mocks({ errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fields: [
        { path: 'input.endsAt', message: '结束时间必须晚于开始时间' },
        { path: 'input.services.0.quantity', message: '不能超过10000' },
      ] } }] }),
    });
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    await waitFor(() => expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus());
    expect(document.title).toBe('错误：新建招聘会 - 助业通');
    expect(screen.getAllByRole('link').filter((l) => l.closest('.error-summary')).map((l) => l.textContent))
      .toEqual(['结束时间必须晚于开始时间', '不能超过10000']);
    await userEvent.click(screen.getByRole('link', { name: '结束时间必须晚于开始时间' }));
    const ends = screen.getByRole('textbox', { name: /^结束时间/ });
    expect(ends).toHaveFocus();
    expect(ends).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('link', { name: '不能超过10000' }));
    expect(screen.getByRole('textbox', { name: /手语翻译的数量/ })).toHaveFocus();
  });

  it('checks in the browser first: a quantity problem names its service', async () => {
    renderWithApp(<EventEditorPage />, { path: '/staff/events/new', mocks: mocks({ data: null }) });
    await fillRequired();
    await fill(/引导员的数量/, '两个');
    await userEvent.click(screen.getByRole('button', { name: '保存为草稿' }));
    expect(screen.getByRole('link', { name: '引导员的数量请填 0 到 10000 之间的整数' })).toBeInTheDocument();
  });
});
