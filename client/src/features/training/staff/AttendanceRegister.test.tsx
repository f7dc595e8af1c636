import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { chinaToday } from '../training-text';
import { AttendanceRegister, RECORD_ATTENDANCE, type RegisterSession } from './AttendanceRegister';

// dates around today in China, as the course and the register use them
const day = (n: number) => new Date(new Date(`${chinaToday()}T00:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);
const course = { id: 'c1', startsOn: day(-10), endsOn: day(10), sessions: 15 };
const people = [{ id: 'e1', name: '张明' }, { id: 'e2', name: '李华' }];
const recorded: RegisterSession = { sessionDate: day(-3), present: 1, absent: 1, marks: [{ enrolmentId: 'e1', present: false }, { enrolmentId: 'e2', present: true }] };

const send = (sessionDate: string, marks: Array<[string, boolean]>, result: Record<string, unknown>) => ({
  request: { query: RECORD_ATTENDANCE, variables: { input: { courseId: 'c1', sessionDate, marks: marks.map(([enrolmentId, present]) => ({ enrolmentId, present })) } } },
  result,
});
const show = (mocks: ReturnType<typeof send>[] = [], sessions: RegisterSession[] = []) => {
  const onSaved = jest.fn(async () => undefined);
  const onErrors = jest.fn();
  renderWithApp(<AttendanceRegister course={course} people={people} sessions={sessions} onSaved={onSaved} onErrors={onErrors} />, { mocks });
  return { onSaved, onErrors };
};
const summary = async () => {
  await waitFor(() => expect(document.querySelector('.error-summary')).not.toBeNull());
  return document.querySelector('.error-summary') as HTMLElement;
};
const person = (name: string) => screen.getByRole('radiogroup', { name: new RegExp(`^${name}`) });

jest.setTimeout(20_000);

describe('the register of a course', () => {
  it('today is filled in; a date outside the course and a person left unmarked are caught before sending, in the summary', async () => {
    const { onErrors } = show();
    const date = screen.getByRole('textbox', { name: /上课日期/ });
    expect(date).toHaveValue(chinaToday());
    await userEvent.click(within(person('张明')).getByRole('radio', { name: '出勤' }));
    await userEvent.clear(date);
    await userEvent.type(date, day(-11));
    await userEvent.click(screen.getByRole('button', { name: '保存考勤' }));
    const box = await summary();
    expect(box).toHaveFocus();
    expect(within(box).getAllByRole('link').map((a) => a.textContent)).toEqual([`上课日期应在课程的${day(-10)}至${day(10)}之间`, '请为李华选择出勤或缺勤']);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(person('李华')).toHaveAttribute('aria-invalid', 'true');
    expect(onErrors).toHaveBeenLastCalledWith(true);
    await userEvent.clear(date);
    await userEvent.type(date, day(1));
    await userEvent.click(screen.getByRole('button', { name: '保存考勤' }));
    expect(await screen.findByRole('link', { name: '上课日期不能晚于今天' })).toBeInTheDocument();
  });

  it('sends everyone present or absent for the date and says so', async () => {
    const { onSaved, onErrors } = show([send(day(-1), [['e1', true], ['e2', false]], { data: { recordAttendance: {
      __typename: 'CourseSession', sessionDate: day(-1), present: 1, absent: 1,
      marks: [{ __typename: 'AttendanceMark', enrolmentId: 'e1', present: true }, { __typename: 'AttendanceMark', enrolmentId: 'e2', present: false }] } } })]);
    const date = screen.getByRole('textbox', { name: /上课日期/ });
    await userEvent.clear(date);
    await userEvent.type(date, day(-1));
    await userEvent.click(within(person('张明')).getByRole('radio', { name: '出勤' }));
    await userEvent.click(within(person('李华')).getByRole('radio', { name: '缺勤' }));
    await userEvent.click(screen.getByRole('button', { name: '保存考勤' }));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent(/的考勤：出勤1人，缺勤1人。/));
    expect(onSaved).toHaveBeenCalled();
    expect(onErrors).toHaveBeenLastCalledWith(false);
  });

  it('a recorded date is changed from its list: its marks come back; the server\'s refusal of a person shows at that person', async () => {
    show([send(day(-3), [['e1', false], ['e2', true]], { errors: [{ message: '提交的内容有误，请检查后重试', extensions: { code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.marks.1.enrolmentId', message: '李华已退出这门课程，不能记录出勤' }] } }] })], [recorded]);
    expect(screen.getByText(/出勤1人，缺勤1人/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /^修改.*的考勤$/ }));
    expect(screen.getByRole('textbox', { name: /上课日期/ })).toHaveValue(day(-3));
    expect(screen.getByRole('textbox', { name: /上课日期/ })).toHaveFocus();
    expect(within(person('张明')).getByRole('radio', { name: '缺勤' })).toBeChecked();
    expect(within(person('李华')).getByRole('radio', { name: '出勤' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 3, name: /^修改.*的考勤$/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存考勤' }));
    expect(within(await summary()).getByRole('link', { name: '李华已退出这门课程，不能记录出勤' })).toBeInTheDocument();
    expect(person('李华')).toHaveAttribute('aria-invalid', 'true');
  });
});
