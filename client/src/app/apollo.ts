// The Apollo client: same-origin requests (the session is an http-only cookie) carrying the interface
// language, so the server answers errors and generated texts (easy-read summaries) in it.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { tap } from 'rxjs';
import { activeLocale } from '../i18n/I18nProvider';
import { noteServerContact } from '../lib/server-contact';

/**
 * Apollo's developer tools (they find the client as window.__APOLLO_CLIENT__) in a built client too, when this
 * browser's localStorage has zyt.devtools = on: for a developer looking into a deployed page, and for the browser
 * tests, which empty the cache before they follow the next route in the same tab (test/browser/support/scan-route.ts).
 */
function devtoolsWanted(): boolean {
  try {
    return window.localStorage.getItem('zyt.devtools') === 'on';
  } catch {
    return false;
  }
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  const locale = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers, background }: { headers?: Record<string, string>; background?: boolean }) => ({
      // background polls (context.background) tell the server not to count them as activity
      headers: { ...headers, 'x-locale': activeLocale(), ...(background ? { 'x-background': '1' } : {}) },
    }));
    return forward(operation);
  });
  // every answer slid the session's idle window: the expiry warning counts from here
  const contact = new ApolloLink((operation, forward) => (operation.getContext().background
    ? forward(operation)
    : forward(operation).pipe(tap(() => noteServerContact()))));
  return new ApolloClient({
    ...(devtoolsWanted() ? { devtools: { enabled: true } } : {}),
    link: ApolloLink.from([locale, contact, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        County: { keyFields: ['code'] },
        CategoryDefaultsModel: { keyFields: false },
      },
    }),
  });
}
