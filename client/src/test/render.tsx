// Renders a piece of the client with what the app gives it: mocked GraphQL, a router at a path, the
// language, display modes and live region.
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { DisplayModesProvider } from '../app/display-modes';
import { AnnouncerProvider } from '../components/Announcer';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/types';

export function renderWithApp(ui: ReactElement, { path = '/', route = '*', mocks = [], locale = 'zh-CN', others = {} }: {
  path?: string;
  route?: string;
  mocks?: MockLink.MockedResponse[];
  locale?: Locale;
  /** More routes (path → element), e.g. the page a link leads to and back from. */
  others?: Record<string, ReactElement>;
} = {}) {
  return render(
    <MockedProvider mocks={mocks}>
      <I18nProvider initial={locale}>
        <DisplayModesProvider>
          <AnnouncerProvider>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path={route} element={ui} />
                {Object.entries(others).map(([p, element]) => <Route key={p} path={p} element={element} />)}
                <Route path="*" element={<p>elsewhere</p>} />
              </Routes>
            </MemoryRouter>
          </AnnouncerProvider>
        </DisplayModesProvider>
      </I18nProvider>
    </MockedProvider>,
  );
}
