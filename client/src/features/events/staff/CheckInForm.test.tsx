import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../../test/render';
import { CHECK_IN, CheckInForm } from './CheckInPage';

const EVENT = 'e1';
const ok = (code: string, name: string, services: Array<{ service: string; notes: string }> = []) => ({
  request: { query: CHECK_IN, variables: { eventId: EVENT, ticketCode: code } },
  result: { data: { checkInTicket: { __typename: 'EventRegistration', id: `r-${code}`, status: 'REGISTERED', checkedInAt: '2026-12-03T02:05:00.000Z',
    seeker: { __typename: 'SeekerProfile', id: `s-${code}`, name },
    services: services.map((x, i) => ({ __typename: 'EventServiceRequest', id: `sr-${code}-${i}`, ...x })) } } },
});
const refused = (code: string, error: { message: string; extensions: Record<string, unknown> }) => ({
  request: { query: CHECK_IN, variables: { eventId: EVENT, ticketCode: code } },
  result: { errors: [error] },
});

const announcer = () => screen.getByTestId('announcer');
const codeField = () => screen.getByRole('textbox', { name: '票号' });

describe('check-in form', () => {
  it('says the name of the person checked in, clears the field and keeps focus there for the next code', async () => {
    renderWithApp(<CheckInForm eventId={EVENT} />, { mocks: [ok('ABCDE23456', '张明'), ok('FGHJK78923', '王芳')] });
    // typed as read out: small letters, a space between the groups
    await userEvent.type(codeField(), 'abcde 23456{Enter}');
    await waitFor(() => expect(announcer()).toHaveTextContent('签到成功：张明'));
    expect(codeField()).toHaveValue('');
    expect(codeField()).toHaveFocus();
    expect(codeField()).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('heading', { name: '签到结果' }).nextElementSibling).toHaveTextContent('签到成功：张明');
    await userEvent.type(codeField(), 'FGHJK78923{Enter}');
    await waitFor(() => expect(announcer()).toHaveTextContent('签到成功：王芳'));
    expect(screen.getByRole('list')).toHaveTextContent(/王芳.*张明/);
  });

  it('says which services the person booked, so the desk arranges them at once (found in the screen-reader pass)', async () => {
    renderWithApp(<CheckInForm eventId={EVENT} />, {
      mocks: [ok('ABCDE23456', '李华', [{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '通用手语' }, { service: 'GUIDE', notes: '' }])],
    });
    await userEvent.type(codeField(), 'ABCDE23456{Enter}');
    await waitFor(() => expect(announcer()).toHaveTextContent('签到成功：李华。已预约：手语翻译（通用手语）、引导员，请马上安排。'));
    expect(screen.getByRole('heading', { name: '签到结果' }).nextElementSibling).toHaveTextContent('已预约：手语翻译（通用手语）、引导员');
  });

  it('a second check-in is refused with the server\'s words; the code stays, selected, to correct', async () => {
    renderWithApp(<CheckInForm eventId={EVENT} />, {
      mocks: [refused('ABCDE23456', { message: '这张票已于10:05签到，不能重复签到', extensions: { code: 'CONFLICT' } })],
    });
    await userEvent.type(codeField(), 'ABCDE23456');
    await userEvent.click(screen.getByRole('button', { name: '签到' }));
    await waitFor(() => expect(announcer()).toHaveTextContent('不能签到：这张票已于10:05签到，不能重复签到'));
    const field = codeField() as HTMLInputElement;
    expect(field).toHaveValue('ABCDE23456');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 10]);
    expect(screen.getByRole('heading', { name: '签到结果' }).nextElementSibling).toHaveTextContent('不能签到：这张票已于10:05签到，不能重复签到');
  });

  it('an unknown code is refused with the message the server puts on the ticket code', async () => {
    renderWithApp(<CheckInForm eventId={EVENT} />, {
      mocks: [refused('ZZZZ', { message: '输入有误', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'ticketCode', message: '找不到这张票，请核对票号' }] } })],
    });
    await userEvent.type(codeField(), 'ZZZZ{Enter}');
    await waitFor(() => expect(announcer()).toHaveTextContent('不能签到：找不到这张票，请核对票号'));
  });

  it('an empty submit goes to the error summary (the page title says 错误) and sends nothing', async () => {
    const failed = jest.fn();
    renderWithApp(<CheckInForm eventId={EVENT} onFailedSubmit={failed} />);
    await userEvent.click(screen.getByRole('button', { name: '签到' }));
    expect(screen.getByRole('group', { name: '请先修改以下问题' })).toHaveFocus();
    expect(failed).toHaveBeenLastCalledWith(true);
    await userEvent.click(screen.getByRole('link', { name: '请输入票号' }));
    expect(codeField()).toHaveFocus();
    expect(codeField()).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers no camera button where the browser cannot read QR codes, and says so', () => {
    renderWithApp(<CheckInForm eventId={EVENT} />);
    expect(screen.queryByRole('button', { name: '用摄像头扫码' })).not.toBeInTheDocument();
    expect(screen.getByText('这个浏览器不能扫码，请输入票号。')).toBeInTheDocument();
  });

  describe('where the browser can read QR codes (BarcodeDetector)', () => {
    const w = window as unknown as Record<string, unknown>;
    const stopped: string[] = [];
    afterEach(() => {
      delete w.BarcodeDetector;
      Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
    });

    it('offers the camera as well as typing; a code it reads is checked in and the name announced', async () => {
      w.BarcodeDetector = class {
        async detect() { return [{ rawValue: 'ABCDE23456' }]; }
      };
      Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: {
        getUserMedia: async () => ({ getTracks: () => [{ stop: () => stopped.push('camera') }] }),
      } });
      const play = jest.spyOn(HTMLMediaElement.prototype, 'play').mockImplementation(async () => undefined);
      renderWithApp(<CheckInForm eventId={EVENT} />, { mocks: [ok('ABCDE23456', '张明')] });
      expect(codeField()).toBeInTheDocument();
      const scan = screen.getByRole('button', { name: '用摄像头扫码' });
      expect(scan).toHaveAttribute('aria-pressed', 'false');
      await userEvent.click(scan);
      await waitFor(() => expect(announcer()).toHaveTextContent('签到成功：张明'));
      // the camera is switched off once a code is read
      expect(screen.getByRole('button', { name: '用摄像头扫码' })).toHaveAttribute('aria-pressed', 'false');
      expect(stopped).toEqual(['camera']);
      play.mockRestore();
    });
  });
});
