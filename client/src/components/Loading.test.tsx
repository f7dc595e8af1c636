import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../i18n/I18nProvider';
import { Loading } from './Loading';
import { Page } from './Page';

describe('Loading', () => {
  it('says so politely and in the tab title, then the page names itself', () => {
    document.title = '上一页 - 助业通';
    const { rerender } = render(<I18nProvider><MemoryRouter><Loading /></MemoryRouter></I18nProvider>);
    expect(screen.getByRole('status').textContent).toBe('正在加载，请稍等……');
    expect(document.title).toBe('正在加载，请稍等…… - 助业通');
    rerender(<I18nProvider><MemoryRouter><Page title="我的申请"><p>内容</p></Page></MemoryRouter></I18nProvider>);
    expect(document.title).toBe('我的申请 - 助业通');
  });
});
