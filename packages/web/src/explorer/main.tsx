// The API explorer page (graphiql.html), a separate entry of the build: none of this is in the
// app's chunks. Everything it needs — code, styles, fonts, Monaco's workers — is bundled here;
// nothing is fetched from a CDN (the hospital's internet is slow and fails with power cuts).
import './style-nonce';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode, useEffect, useState, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_QUERY, LOGIN_FOR_EXPLORER, postGraphQL, whoIsSignedIn, type Who } from './fetcher';
import './explorer.css';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];
const fetcher: Fetcher = (params) => postGraphQL(params) as ReturnType<Fetcher>;

function WhoLine({ who }: { who: Who | null }) {
  if (who === null) return <span data-testid="explorer-user">Checking who is signed in…</span>;
  switch (who.kind) {
    case 'signed-in':
      return (
        <span data-testid="explorer-user" data-state="signed-in">
          Signed in as <strong>{who.user.displayName}</strong> ({who.user.username}). Queries run with your
          permissions; opening a patient's record or changing data is in the audit trail, as in the app.
        </span>
      );
    case 'anonymous':
      return (
        <span data-testid="explorer-user" data-state="anonymous">
          Not signed in: the schema and the data are only for signed-in staff.{' '}
          <a href={LOGIN_FOR_EXPLORER} data-testid="explorer-sign-in">
            Sign in
          </a>{' '}
          and you come back here.
        </span>
      );
    case 'unreachable':
      return (
        <span data-testid="explorer-user" data-state="unreachable">
          The server cannot be reached just now. Reload the page when the network is back.
        </span>
      );
  }
}

function Explorer() {
  const [who, setWho] = useState<Who | null>(null);
  useEffect(() => {
    let live = true;
    void whoIsSignedIn().then((result) => {
      if (live) setWho(result);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="explorer">
      <header className="explorer-header">
        <a href="/" className="explorer-home">
          Patient Journey
        </a>
        <span className="explorer-title">API explorer</span>
        <WhoLine who={who} />
      </header>
      <main className="explorer-ide">
        {/* Until we know, an anonymous visitor would only see introspection refused. */}
        {who?.kind === 'signed-in' ? (
          <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} forcedTheme="light" />
        ) : null}
      </main>
    </div>
  );
}

const container = document.getElementById('explorer');
if (!container) throw new Error('graphiql.html has no #explorer element');
createRoot(container).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
