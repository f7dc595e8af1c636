import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ScheduleInterviewDocument, type ScheduleInterviewInput } from '../../gql/graphql';
import { renderWithApp } from '../../test/render';
import { InterviewForm } from './InterviewForm';

jest.setTimeout(20_000);

function mocks(sent: ScheduleInterviewInput[], fail = false) {
  return [{
    request: { query: ScheduleInterviewDocument, variables: (v: Record<string, unknown>) => { sent.push(v.input as ScheduleInterviewInput); return true; } },
    maxUsageCount: Infinity,
    result: () => (fail
      ? { errors: [{ message: '提交的内容有误', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'input.startsAt', message: '面试时间应晚于现在' }] } }] }
      : { data: { scheduleInterview: { __typename: 'Interview', id: 'i1', status: 'PROPOSED', startsAt: '2030-05-06T01:30:00.000Z' } } }),
  }];
}

describe('the interview form', () => {
  it('sends the time as China time, the place with its access and the contact, then says which interview it made', async () => {
    const sent: ScheduleInterviewInput[] = [];
    const done = jest.fn();
    renderWithApp(<InterviewForm applicationId="a1" onDone={done} />, { mocks: mocks(sent) });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^日期/), '2030-05-06');
    await user.type(screen.getByLabelText(/^时间（北京时间）/), '09:30');
    await user.type(screen.getByLabelText(/^面试地点/), '平桥区测试路1号 一楼');
    await user.click(screen.getByRole('checkbox', { name: '入口无台阶或有坡道' }));
    await user.click(screen.getByRole('checkbox', { name: '有无障碍卫生间' }));
    await user.type(screen.getByLabelText(/^文字联系方式/), '短信 13900000000');
    await user.click(screen.getByRole('button', { name: '发送面试邀请' }));
    await waitFor(() => expect(done).toHaveBeenCalledWith('i1'));
    expect(sent).toEqual([{
      applicationId: 'a1', startsAt: '2030-05-06T09:30:00+08:00', durationMinutes: 30, mode: 'IN_PERSON', place: '平桥区测试路1号 一楼',
      accessFeatures: ['STEP_FREE_ENTRANCE', 'ACCESSIBLE_TOILET'], accessNote: '', onlineUrl: null, contact: '短信 13900000000', message: '',
    }]);
  });

  it('asks for a link, not a place, online; refuses an empty form naming each field, sending nothing', async () => {
    const sent: ScheduleInterviewInput[] = [];
    renderWithApp(<InterviewForm applicationId="a1" onDone={() => undefined} />, { mocks: mocks(sent) });
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '线上面试' }));
    expect(screen.queryByLabelText(/^面试地点/)).toBeNull();
    await user.click(screen.getByRole('button', { name: '发送面试邀请' }));
    const summary = await screen.findByRole('group', { name: '请先修改以下问题' });
    expect(summary).toHaveTextContent('请填写日期');
    expect(summary).toHaveTextContent('请填写会议链接');
    expect(summary).toHaveTextContent('请填写文字联系方式');
    expect(screen.getByLabelText(/^会议链接/)).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
  });

  it('shows the server\'s refusal at the date field', async () => {
    const sent: ScheduleInterviewInput[] = [];
    renderWithApp(<InterviewForm applicationId="a1" onDone={() => undefined} />, { mocks: mocks(sent, true) });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^日期/), '2020-05-06');
    await user.type(screen.getByLabelText(/^时间（北京时间）/), '09:30');
    await user.type(screen.getByLabelText(/^面试地点/), '一楼');
    await user.type(screen.getByLabelText(/^文字联系方式/), '短信');
    await user.click(screen.getByRole('button', { name: '发送面试邀请' }));
    expect(await screen.findByRole('group', { name: '请先修改以下问题' })).toHaveTextContent('面试时间应晚于现在');
    expect(screen.getByLabelText(/^日期/)).toHaveAttribute('aria-invalid', 'true');
  });
});
