// The Apollo client: same-origin requests (the session is an http-only cookie) carrying the interface
// language, so the server answers errors and generated texts (easy-read summaries) in it.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { tap } from 'rxjs';
import { activeLocale } from '../i18n/I18nProvider';
import { noteServerContact } from '../lib/server-contact';

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
    link: ApolloLink.from([locale, contact, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        County: { keyFields: ['code'] },
        CategoryDefaultsModel: { keyFields: false },
      },
    }),
  });
}
