import { describe, expect, it } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../i18n/I18nProvider';
import { AskFirst } from './AskFirst';

function renderAsk(locale: 'zh-CN' | 'en', onYes: () => unknown, busy = false) {
  return render(
    <I18nProvider initial={locale}>
      <AskFirst busy={busy} onYes={onYes} question={locale === 'en' ? 'Withdraw the application for "培训费补贴"?' : '确定撤回“培训费补贴”的申请吗？'}
        yes={locale === 'en' ? 'Yes, withdraw it' : '确定撤回'} no={locale === 'en' ? 'No, keep it' : '不撤回'}
        button={<>撤回申请<span className="visually-hidden">：培训费补贴</span></>} />
    </I18nProvider>,
  );
}

describe('asking once more in the page', () => {
  it('moves focus to the question, and back to the button on "no"; nothing is done', async () => {
    const done: string[] = [];
    renderAsk('zh-CN', () => done.push('yes'));
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('button', { name: /^撤回申请\s?：培训费补贴$/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByText('确定撤回“培训费补贴”的申请吗？')).toHaveFocus());
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: '不撤回' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: /^撤回申请\s?：培训费补贴$/ })).toHaveFocus());
    expect(done).toEqual([]);
  });

  it('"yes" does it once, not while busy; in English the Chinese names are marked', async () => {
    const done: string[] = [];
    const { rerender } = renderAsk('en', () => done.push('yes'), true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^撤回申请\s?：培训费补贴$/ }));
    expect(screen.getByText('"?', { exact: false }).querySelector('[lang="zh-CN"]')?.textContent).toBe('培训费补贴');
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));
    expect(done).toEqual([]);
    rerender(
      <I18nProvider initial="en">
        <AskFirst busy={false} onYes={() => { done.push('yes'); }} question={'Withdraw the application for "培训费补贴"?'} yes="Yes, withdraw it" no="No, keep it"
          button="撤回申请" />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));
    expect(done).toEqual(['yes']);
  });
});
