// Everything a page needs around it: Apollo, language, display modes and the live region.
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { AnnouncerProvider } from '../components/Announcer';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/types';
import { DisplayModesProvider } from './display-modes';

export function AppProviders({ client, children, locale }: { client: ApolloClient; children: ReactNode; locale?: Locale }) {
  return (
    <ApolloProvider client={client}>
      <I18nProvider initial={locale}>
        <DisplayModesProvider>
          <AnnouncerProvider>{children}</AnnouncerProvider>
        </DisplayModesProvider>
      </I18nProvider>
    </ApolloProvider>
  );
}
