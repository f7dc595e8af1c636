// The Apollo client: same-origin requests (the session is an http-only cookie) carrying the interface
// language, so the server answers errors and generated texts (easy-read summaries) in it.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { activeLocale } from '../i18n/I18nProvider';

export function createApolloClient(uri = '/graphql'): ApolloClient {
  const locale = new ApolloLink((operation, forward) => {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, 'x-locale': activeLocale() },
    }));
    return forward(operation);
  });
  return new ApolloClient({
    link: ApolloLink.from([locale, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        County: { keyFields: ['code'] },
        CategoryDefaultsModel: { keyFields: false },
      },
    }),
  });
}
