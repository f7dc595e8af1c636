import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { Pagination } from './Pagination';
import { Tabs } from './Tabs';

function TabHarness() {
  const [sel, setSel] = useState('a');
  return (
    <Tabs label="职位状态" selected={sel} onSelect={setSel} tabs={[
      { id: 'a', label: '全部', panel: <p>全部内容</p> },
      { id: 'b', label: '草稿', panel: <p>草稿内容</p> },
      { id: 'c', label: '已结束', panel: <p>已结束内容</p> },
    ]} />
  );
}

describe('tabs', () => {
  it('one Tab stop; arrow keys, Home and End select and focus tabs; the panel follows', async () => {
    render(<TabHarness />);
    expect(screen.getByRole('tablist', { name: '职位状态' })).toBeInTheDocument();
    await userEvent.tab();
    expect(screen.getByRole('tab', { name: '全部' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: '草稿' })).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '草稿' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: '草稿' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: '草稿' })).toHaveTextContent('草稿内容');
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: '已结束' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '全部' })).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{Home}');
    expect(screen.getByRole('tabpanel', { name: '全部' })).toHaveTextContent('全部内容');
  });

  it('every aria-controls points at a panel that exists: only the selected tab has one', async () => {
    render(<TabHarness />);
    const check = () => {
      for (const tab of screen.getAllByRole('tab')) {
        const controls = tab.getAttribute('aria-controls');
        if (tab.getAttribute('aria-selected') === 'true') {
          expect(controls).toBeTruthy();
          expect(document.getElementById(controls!)).toHaveAttribute('role', 'tabpanel');
        } else {
          expect(controls).toBeNull();
        }
      }
    };
    check();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    check();
    expect(screen.getByRole('tab', { name: '草稿' })).toHaveAttribute('aria-controls', 'panel-b');
  });
});

describe('pagination', () => {
  it('is a named navigation with the current page marked', () => {
    render(
      <I18nProvider initial="zh-CN"><MemoryRouter>
        <Pagination page={3} pageSize={10} total={95} hrefFor={(p) => `/jobs?page=${p}`} />
      </MemoryRouter></I18nProvider>,
    );
    const nav = screen.getByRole('navigation', { name: '分页' });
    expect(nav).toHaveTextContent('第 3 页，共 10 页');
    expect(screen.getByRole('link', { name: /^第\s*3\s*页$/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: '上一页' })).toHaveAttribute('href', '/jobs?page=2');
    expect(screen.getByRole('link', { name: '下一页' })).toHaveAttribute('href', '/jobs?page=4');
  });

  it('is not shown for a single page', () => {
    render(<I18nProvider initial="zh-CN"><MemoryRouter><Pagination page={1} pageSize={10} total={4} hrefFor={String} /></MemoryRouter></I18nProvider>);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
