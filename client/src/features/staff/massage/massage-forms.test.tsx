import { describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { ClinicForm, UPDATE_CLINIC } from './massage-forms';

const clinic = { id: 'c1', organizationName: '新县明目盲人推拿中心', kind: 'MEDICAL', registrationNumber: 'PDY4115230088', medicalInsuranceDesignated: false,
  registeredOn: '2022-03-01', endedOn: null };

jest.setTimeout(20_000);

describe('changing a massage clinic', () => {
  it('refuses a date that is not one before sending, naming the field in the summary', async () => {
    const onErrors = jest.fn<(has: boolean) => void>();
    renderWithApp(<ClinicForm clinic={clinic} onSaved={() => undefined} onErrors={onErrors} />);
    // the employer stays: no search for one on the change form
    expect(screen.queryByRole('group', { name: '用人单位' })).toBeNull();
    await userEvent.type(screen.getByRole('textbox', { name: /停业日期/ }), '2024-02-30');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    const summary = screen.getByRole('group', { name: '请先修改以下问题' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getAllByRole('link').map((l) => l.textContent)).toEqual(['请按 2024-03-01 的格式填写日期']);
    expect(onErrors).toHaveBeenLastCalledWith(true);
  });

  it('puts the server\'s problem on its field, and says what was saved when it is', async () => {
    const refused = { request: { query: UPDATE_CLINIC, variables: () => true }, result: { errors: [{ message: '输入有误', extensions: { code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.endedOn', message: '停业日期不能早于登记日期' }] } }] } };
    const saved = { request: { query: UPDATE_CLINIC, variables: { id: 'c1', input: { kind: 'MEDICAL', registrationNumber: 'PDY4115230088', address: '',
      medicalInsuranceDesignated: false, registeredOn: '2022-03-01', endedOn: '2024-06-30' } } }, result: { data: { updateMassageClinic: { __typename: 'MassageClinic', id: 'c1' } } } };
    const onSaved = jest.fn<(said: string) => void>();
    renderWithApp(<ClinicForm clinic={clinic} onSaved={onSaved} onErrors={() => undefined} />, { mocks: [refused, saved] });
    const ended = screen.getByRole('textbox', { name: /停业日期/ });
    await userEvent.type(ended, '2021-01-01');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(ended).toHaveAttribute('aria-invalid', 'true'));
    expect(within(screen.getByRole('group', { name: '请先修改以下问题' })).getByRole('link').textContent).toBe('停业日期不能早于登记日期');
    await userEvent.clear(ended);
    await userEvent.type(ended, '2024-06-30');
    await userEvent.click(screen.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('已保存按摩机构的修改，已通知该单位'));
  });
});
