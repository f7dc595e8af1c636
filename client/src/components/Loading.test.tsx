import { describe, expect, it } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { Loading } from './Loading';
import { Page, titleOf } from './Page';

function Wrap({ children }: { children: React.ReactNode }) {
  return <I18nProvider><MemoryRouter>{children}</MemoryRouter></I18nProvider>;
}

describe('Loading', () => {
  it('says so politely and in the tab title, then the page names itself', () => {
    document.title = '上一页 - 助业通';
    const { rerender } = render(<Wrap><Loading /></Wrap>);
    expect(screen.getByRole('status').textContent).toBe('正在加载，请稍等……');
    expect(document.title).toBe('正在加载，请稍等…… - 助业通');
    rerender(<Wrap><Page title="我的申请"><p>内容</p></Page></Wrap>);
    expect(document.title).toBe('我的申请 - 助业通');
  });

  it('gives the title back to the page it loaded inside (a tab switch, a filter, another year)', () => {
    const { rerender } = render(<Wrap><Page title="招聘会"><p>表</p></Page></Wrap>);
    expect(document.title).toBe('招聘会 - 助业通');
    // a loading state mounted with the page (its effects run before the page's) and one mounted later
    rerender(<Wrap><Page title="招聘会"><Loading /></Page></Wrap>);
    expect(document.title).toBe('正在加载，请稍等…… - 助业通');
    rerender(<Wrap><Page title="招聘会"><p>表</p></Page></Wrap>);
    expect(document.title).toBe('招聘会 - 助业通');
  });

  it('a page mounted with a part still loading is named; a new title (an error after a submit) takes the tab back', () => {
    const { rerender } = render(<Wrap><Page title="配额"><Loading /></Page></Wrap>);
    expect(document.title).toBe('配额 - 助业通');
    rerender(<Wrap><Page title="配额"><p>表</p><Loading /></Page></Wrap>);
    expect(document.title).toBe('正在加载，请稍等…… - 助业通');
    rerender(<Wrap><Page title="配额" hasErrors><p>表</p><Loading /></Page></Wrap>);
    expect(document.title).toBe('错误：配额 - 助业通');
    rerender(<Wrap><Page title="配额（2026年）"><p>表</p></Page></Wrap>);
    expect(document.title).toBe('配额（2026年） - 助业通');
  });

  it('follows the language: after pressing English the page names itself in English', () => {
    function Switch() {
      const { t, setLocale } = useI18n();
      return (
        <Page title={t('jobs.title')}>
          <button type="button" onClick={() => setLocale('en')}>English</button>
        </Page>
      );
    }
    render(<Wrap><Switch /></Wrap>);
    expect(document.title).toBe('找工作 - 助业通');
    act(() => screen.getByRole('button', { name: 'English' }).click());
    expect(document.title).toBe('Find a job - Zhuyetong');
  });

  it('a page can say more in the tab than in its h1 (the words searched for and the page number)', () => {
    render(<Wrap><Page title="找工作" documentTitle={titleOf('罗山按摩', '第2页', '找工作')}><p>结果</p></Page></Wrap>);
    expect(document.title).toBe('罗山按摩 – 第2页 – 找工作 - 助业通');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('找工作');
    expect(titleOf('', false, '找工作')).toBe('找工作');
  });
});
