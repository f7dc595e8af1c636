// GraphiQL for development, built from npm packages into client/dist/graphiql.html (a second Vite entry, so the
// app's own bundle does not carry it). The server serves it for a browser's GET /graphql outside production.
// Monaco's web workers come from Vite `?worker` imports (graphiql/setup-workers/vite): nothing is fetched from
// another origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// same origin: the session cookie goes along, so queries run as the signed-in user
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={'# 助业通 GraphQL API (development only)\n{\n  __typename\n}\n'} />
  </StrictMode>,
);
