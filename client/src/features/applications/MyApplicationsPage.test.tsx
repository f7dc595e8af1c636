import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MyApplicationsDocument, WithdrawApplicationDocument } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { MyApplicationsPage } from './MyApplicationsPage';

jest.setTimeout(20_000);

const change = (id: string, fromStatus: string | null, toStatus: string, createdAt: string, reason: string | null = null) =>
  ({ __typename: 'ApplicationStatusChange', id, fromStatus, toStatus, reason, createdAt });

const MASSAGE_HISTORY = [
  change('h1', null, 'SUBMITTED', '2024-03-01T02:30:00.000Z'),
  change('h2', 'SUBMITTED', 'REVIEWING', '2024-03-02T06:00:00.000Z'),
];

const MASSAGE = {
  __typename: 'Application', id: 'a1', status: 'REVIEWING', moves: ['WITHDRAWN'], createdAt: '2024-03-01T02:30:00.000Z', updatedAt: '2024-03-02T06:00:00.000Z',
  note: '', accommodations: ['SIGN_LANGUAGE_INTERPRETER', 'QUIET_ROOM'], accommodationNote: '', rejectionReason: null, unreadMessages: 0, onBehalf: null,
  posting: {
    __typename: 'Posting', id: 'p1', title: '盲人保健按摩师',
    organization: { __typename: 'Organization', id: 'o1', name: '罗山县光明盲人按摩中心' },
    county: { __typename: 'County', code: '411521', nameZh: '罗山县', nameEn: 'Luoshan County' },
  },
  history: MASSAGE_HISTORY,
};

const CLERK = {
  __typename: 'Application', id: 'a2', status: 'REJECTED', moves: [], createdAt: '2024-02-10T02:00:00.000Z', updatedAt: '2024-02-20T02:00:00.000Z',
  note: '', accommodations: [], accommodationNote: '', rejectionReason: '这个岗位已经招满了', unreadMessages: 2,
  // made at the counter by federation staff, for the person
  onBehalf: { __typename: 'OnBehalfMark', staffName: '王某', office: '罗山县残联' },
  posting: {
    __typename: 'Posting', id: 'p2', title: '数据录入员',
    organization: { __typename: 'Organization', id: 'o2', name: '信阳市数据服务公司' },
    county: { __typename: 'County', code: '411502', nameZh: '浉河区', nameEn: 'Shihe District' },
  },
  history: [
    change('h3', null, 'SUBMITTED', '2024-02-10T02:00:00.000Z'),
    change('h4', 'SUBMITTED', 'REJECTED', '2024-02-20T02:00:00.000Z', '这个岗位已经招满了'),
  ],
};

const list = {
  request: { query: MyApplicationsDocument, variables: { page: { page: 1, pageSize: 10 } } },
  result: { data: { myApplications: { __typename: 'ApplicationPage', total: 2, page: 1, pageSize: 10, items: [MASSAGE, CLERK] } } },
};

const withdrawn = {
  request: { query: WithdrawApplicationDocument, variables: { id: 'a1' } },
  result: { data: { withdrawApplication: {
    __typename: 'Application', id: 'a1', status: 'WITHDRAWN', moves: [], updatedAt: '2024-03-05T02:00:00.000Z',
    history: [...MASSAGE_HISTORY, change('h5', 'REVIEWING', 'WITHDRAWN', '2024-03-05T02:00:00.000Z')],
  } } },
};

const WITHDRAW_MASSAGE = /^撤回申请\s*：\s*盲人保健按摩师$/;
const card = (title: string) => screen.getByRole('article', { name: title });
const withdrawButton = () => screen.getByRole('button', { name: WITHDRAW_MASSAGE });
const historyOf = (title: string) => within(card(title)).getAllByRole('listitem').map((li) => li.textContent);

describe('my applications', () => {
  it('lists each application with its status in words, the help asked for, and its history', async () => {
    renderWithApp(<MyApplicationsPage />, { path: '/applications', mocks: [list] });
    expect(await screen.findByRole('heading', { level: 1, name: '我的申请' })).toBeInTheDocument();
    expect(await screen.findByText('共 2 个申请')).toBeInTheDocument();

    const massage = card('盲人保健按摩师');
    expect(within(massage).getByText('现在的状态').nextElementSibling).toHaveTextContent('审核中');
    expect(within(massage).getByText('面试时需要的帮助').nextElementSibling).toHaveTextContent('手语翻译、安静的房间');
    expect(within(massage).getByRole('heading', { level: 3, name: '处理记录' })).toBeInTheDocument();
    const history = historyOf('盲人保健按摩师');
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^2024年3月1日.*10:30：已提交$/);
    expect(history[1]).toMatch(/^2024年3月2日.*14:00：审核中$/);

    const clerk = card('数据录入员');
    expect(within(clerk).getByText('现在的状态').nextElementSibling).toHaveTextContent('未录用');
    expect(within(clerk).getByText('原因').nextElementSibling).toHaveTextContent('这个岗位已经招满了');
    expect(historyOf('数据录入员')[1]).toMatch(/：未录用（原因：这个岗位已经招满了）$/);
    // who made it for the person; the other one was the person's own
    expect(within(clerk).getByText('代办').nextElementSibling).toHaveTextContent('由残联工作人员代办：罗山县残联 王某');
    expect(within(massage).queryByText('代办')).not.toBeInTheDocument();
    // a decided application cannot be withdrawn
    expect(within(clerk).queryByRole('button', { name: /撤回申请/ })).not.toBeInTheDocument();
  });

  it('the withdraw dialog takes focus on "keep", and Escape or "keep" closes it with focus back on the button', async () => {
    renderWithApp(<MyApplicationsPage />, { path: '/applications', mocks: [list] });
    await userEvent.click(await screen.findByRole('button', { name: WITHDRAW_MASSAGE }));
    const dialog = screen.getByRole('dialog', { name: '确定要撤回这个申请吗？' });
    expect(dialog).toHaveTextContent('撤回“盲人保健按摩师”的申请后，单位不会再处理它。');
    expect(within(dialog).getByRole('button', { name: '不撤回' })).toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(withdrawButton()).toHaveFocus();

    await userEvent.click(withdrawButton());
    await userEvent.click(screen.getByRole('button', { name: '不撤回' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(withdrawButton()).toHaveFocus();
    expect(within(card('盲人保健按摩师')).getByText('现在的状态').nextElementSibling).toHaveTextContent('审核中');
  });

  it('confirming withdraws that application: the status and history change, it is announced, and focus lands on its heading', async () => {
    renderWithApp(<MyApplicationsPage />, { path: '/applications', mocks: [list, withdrawn] });
    await userEvent.click(await screen.findByRole('button', { name: WITHDRAW_MASSAGE }));
    await userEvent.click(screen.getByRole('button', { name: '确定撤回' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const massage = card('盲人保健按摩师');
    await waitFor(() => expect(within(massage).getByText('现在的状态').nextElementSibling).toHaveTextContent('已撤回'));
    expect(historyOf('盲人保健按摩师')[2]).toMatch(/：已撤回$/);
    expect(within(massage).queryByRole('button', { name: /撤回申请/ })).not.toBeInTheDocument();
    expect(within(massage).getByRole('heading', { level: 2, name: '盲人保健按摩师' })).toHaveFocus();
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('已撤回申请：盲人保健按摩师'));
  });

  it('shows the server\'s refusal inside the dialog and keeps the application as it was', async () => {
    const refused = {
      request: { query: WithdrawApplicationDocument, variables: { id: 'a1' } },
      result: { errors: [{ message: '单位已经发出录用通知，不能再撤回了。', extensions: { code: 'CONFLICT' } }] },
    };
    renderWithApp(<MyApplicationsPage />, { path: '/applications', mocks: [list, refused] });
    await userEvent.click(await screen.findByRole('button', { name: WITHDRAW_MASSAGE }));
    await userEvent.click(screen.getByRole('button', { name: '确定撤回' }));
    const dialog = screen.getByRole('dialog', { name: '确定要撤回这个申请吗？' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('单位已经发出录用通知，不能再撤回了。');
    expect(within(card('盲人保健按摩师')).getByText('现在的状态').nextElementSibling).toHaveTextContent('审核中');
    expect(screen.getByTestId('announcer')).toBeEmptyDOMElement();
  });

  it('says so when the list cannot be loaded', async () => {
    const failed = { request: list.request, error: new Error('network down') };
    renderWithApp(<MyApplicationsPage />, { path: '/applications', mocks: [failed] });
    expect(await screen.findByText('内容没有加载出来。')).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
