// The staff playground: GraphiQL with the header editor and the explorer, behind a sign-in bar.
// In production GraphiQL appears only once a staff member has signed in.
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL } from 'graphiql';
import { createElement as h, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher } from './fetcher.ts';
import { openBoardSession, refresh, signIn, signOut, type SignedIn } from './session.ts';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './playground.css';

const production = document.documentElement.dataset.mode === 'production';
/** Refresh this long before the access token expires, so a query never goes out with a dead one. */
const refreshMarginMs = 60_000;

const defaultQuery = `# Vendors of the catalogue, best rated first
{
  vendors(first: 5, sort: RATING) {
    totalCount
    edges { node { name category { name } place { nameFr } priceMin rating reviewCount } }
  }
}
`;

function SignInBar(props: { session: SignedIn | null; onSignedIn: (s: SignedIn) => void; onSignOut: () => void; error: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const session = await signIn(email, password);
      if (production && session.user.role !== 'STAFF') {
        await signOut(session);
        throw new Error('This playground is for staff only.');
      }
      setPassword('');
      props.onSignedIn(session);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const message = error || props.error;
  if (props.session) {
    const { user } = props.session;
    return h(
      'header',
      { className: 'zaffa-bar' },
      h('strong', null, 'Zaffa'),
      h('span', { className: 'zaffa-who', 'data-testid': 'signed-in' }, `${user.displayName} · ${user.role}`),
      user.role === 'STAFF' ? h('a', { href: '/admin/queues', target: '_blank', rel: 'noopener' }, 'Queues') : null,
      h('button', { type: 'button', onClick: props.onSignOut }, 'Sign out'),
      message ? h('span', { className: 'zaffa-error', role: 'alert' }, message) : null,
    );
  }
  return h(
    'form',
    { className: 'zaffa-bar', onSubmit: submit },
    h('strong', null, 'Zaffa'),
    h('span', null, production ? 'Staff sign-in' : 'Sign in (optional here)'),
    h('input', {
      name: 'email',
      type: 'email',
      placeholder: 'email',
      autoComplete: 'username',
      required: true,
      value: email,
      onChange: (e) => setEmail(e.target.value),
    }),
    h('input', {
      name: 'password',
      type: 'password',
      placeholder: 'password',
      autoComplete: 'current-password',
      required: true,
      value: password,
      onChange: (e) => setPassword(e.target.value),
    }),
    h('button', { type: 'submit', disabled: busy }, busy ? 'Signing in…' : 'Sign in'),
    message ? h('span', { className: 'zaffa-error', role: 'alert' }, message) : null,
  );
}

function Playground() {
  const [session, setSession] = useState<SignedIn | null>(null);
  const [error, setError] = useState('');
  const token = useRef<string | undefined>(undefined);
  token.current = session?.accessToken;
  const fetcher = useMemo(() => createFetcher(() => token.current), []);
  const explorer = useMemo(() => explorerPlugin(), []);

  // Staff also get the queue board's cookie; every refreshed token replaces it.
  useEffect(() => {
    if (session?.user.role !== 'STAFF') return;
    openBoardSession(session).catch((err: Error) => setError(err.message));
  }, [session]);

  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(
      () =>
        refresh(session).then(setSession, (err: Error) => {
          setSession(null);
          setError(`Signed out: ${err.message}`);
        }),
      Math.max(0, session.expiresAt - Date.now() - refreshMarginMs),
    );
    return () => clearTimeout(timer);
  }, [session]);

  const onSignOut = () => {
    if (session) void signOut(session);
    setSession(null);
  };
  const bar = h(SignInBar, { session, onSignedIn: (s) => (setError(''), setSession(s)), onSignOut, error });
  const showGraphiQL = !production || session?.user.role === 'STAFF';
  return h(
    'div',
    { className: 'zaffa-page' },
    bar,
    showGraphiQL
      ? h(
          'main',
          { className: 'zaffa-graphiql' },
          // Keyed by the viewer, so the schema is fetched again with the new rights after a sign-in.
          h(GraphiQL, {
            key: session?.user.id ?? 'anonymous',
            fetcher,
            plugins: [explorer],
            defaultQuery,
            isHeadersEditorEnabled: true,
            shouldPersistHeaders: false,
            defaultEditorToolsVisibility: 'headers',
          }),
        )
      : h('main', { className: 'zaffa-locked' }, h('p', null, 'Sign in with a staff account to use the playground.')),
  );
}

createRoot(document.getElementById('playground')!).render(h(Playground));
