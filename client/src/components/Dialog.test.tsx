import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Dialog } from './Dialog';

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>撤回申请</button>
      <button type="button">别的按钮</button>
      <Dialog open={open} title="确定要撤回吗？" onClose={() => setOpen(false)}>
        <p>撤回后不能恢复。</p>
        <button type="button" onClick={() => setOpen(false)}>确定撤回</button>
        <button type="button" onClick={() => setOpen(false)}>不撤回</button>
      </Dialog>
    </>
  );
}

describe('dialog', () => {
  it('takes focus when opened and is named by its title', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: '撤回申请' }));
    expect(screen.getByRole('dialog', { name: '确定要撤回吗？' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '确定撤回' })).toHaveFocus();
  });

  it('keeps focus inside: Tab from the last control goes to the first, Shift+Tab back', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: '撤回申请' }));
    await userEvent.tab();
    expect(screen.getByRole('button', { name: '不撤回' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: '确定撤回' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: '不撤回' })).toHaveFocus();
  });

  it('Escape closes it and focus returns to the control that opened it', async () => {
    render(<Harness />);
    const opener = screen.getByRole('button', { name: '撤回申请' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closing with a button also returns focus to the opener', async () => {
    render(<Harness />);
    const opener = screen.getByRole('button', { name: '撤回申请' });
    await userEvent.click(opener);
    await userEvent.click(screen.getByRole('button', { name: '不撤回' }));
    expect(opener).toHaveFocus();
  });
});
