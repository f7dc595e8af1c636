import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { EventService } from '../../../gql/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import type { Locale } from '../../../i18n/types';
import { ServiceRequestPicker, type ServiceRequest } from './ServiceRequestPicker';

let last: ServiceRequest[] = [];

function Harness({ errors = {}, initial = [] }: { errors?: Partial<Record<EventService, string>>; initial?: ServiceRequest[] }) {
  const [value, setValue] = useState<ServiceRequest[]>(initial);
  return (
    <ServiceRequestPicker id="svc" value={value} noteErrors={errors}
      offers={[{ service: 'SIGN_LANGUAGE_INTERPRETER', quantity: 4 }, { service: 'GUIDE', quantity: 0 }]}
      onChange={(next) => { last = next; setValue(next); }} />
  );
}

const renderPicker = (props: Parameters<typeof Harness>[0] = {}, locale: Locale = 'zh-CN') =>
  render(<I18nProvider initial={locale}><Harness {...props} /></I18nProvider>);

describe('service request picker', () => {
  it('is a group named by its question; every service says in words whether the event offers it', () => {
    renderPicker();
    const group = screen.getByRole('group', { name: '您需要什么服务？（可以不选）' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).labels?.[0]?.textContent?.trim())).toEqual(
      ['手语翻译', '实时字幕', '盲文材料', '大字材料', '引导员', '无障碍接送']);
    expect(screen.getByRole('checkbox', { name: '手语翻译' })).toHaveAccessibleDescription('有人用手语帮您和单位交流。这场招聘会提供 4 个。');
    expect(screen.getByRole('checkbox', { name: '引导员' })).toHaveAccessibleDescription(/还没有安排，可以提出/);
  });

  it('ticking a service adds its note field right after it; the note travels with the request', async () => {
    renderPicker();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: '手语翻译' }));
    const note = screen.getByRole('textbox', { name: '给工作人员的说明：手语翻译' });
    expect(note).toHaveAccessibleDescription('可以不填。例如：我用通用手语。');
    // the note is the next Tab stop after its checkbox
    expect(screen.getByRole('checkbox', { name: '手语翻译' })).toHaveFocus();
    await userEvent.tab();
    expect(note).toHaveFocus();
    await userEvent.type(note, '我用通用手语');
    expect(last).toEqual([{ service: 'SIGN_LANGUAGE_INTERPRETER', notes: '我用通用手语' }]);
  });

  it('keeps the listed order and drops a service (and its note) when unticked', async () => {
    renderPicker();
    await userEvent.click(screen.getByRole('checkbox', { name: '无障碍接送' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '手语翻译' }));
    expect(last.map((r) => r.service)).toEqual(['SIGN_LANGUAGE_INTERPRETER', 'ACCESSIBLE_TRANSPORT']);
    await userEvent.click(screen.getByRole('checkbox', { name: '手语翻译' }));
    expect(last.map((r) => r.service)).toEqual(['ACCESSIBLE_TRANSPORT']);
    expect(screen.queryByRole('textbox', { name: /手语翻译/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '给工作人员的说明：无障碍接送' })).toBeInTheDocument();
  });

  it('shows a note error in words on the field and marks it invalid', () => {
    renderPicker({ initial: [{ service: 'GUIDE', notes: 'x'.repeat(501) }], errors: { GUIDE: '引导员的说明最多可以写500个字' } });
    const note = screen.getByRole('textbox', { name: '给工作人员的说明：引导员' });
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(/错误：\s*引导员的说明最多可以写500个字/);
  });

  it('speaks English too', () => {
    renderPicker({}, 'en');
    expect(screen.getByRole('group', { name: 'What services do you need? (optional)' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Sign language interpreter' })).toHaveAccessibleDescription(
      'Someone signs between you and the employers. This fair has 4.');
  });
});
