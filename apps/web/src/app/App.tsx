import { lazy, Suspense, useSyncExternalStore, type ComponentType, type FunctionComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../components/Icon';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MicButton } from '../components/MicButton';
import { OutboxBadge } from '../components/OutboxBadge';
import { useOnline } from './outbox-service';
import { matchPath, navigate, usePath } from './router';
import { useServices } from './services';
import type { Role, Session } from '../api/types';

/**
 * A screen in its own chunk (the first paint only loads the shell). Once its module is in (`preload`,
 * or the first render's Suspense), it is drawn directly: the first screen, preloaded while i18next
 * starts, is drawn with the shell instead of after a "loading…" fallback.
 */
type Screen = FunctionComponent & { preload(): Promise<void> };
function screen(load: () => Promise<{ default: ComponentType }>): Screen {
  let Loaded: ComponentType | null = null;
  const loadModule = () =>
    load().then((m) => {
      Loaded = m.default;
      return m;
    });
  const Lazy = lazy(loadModule);
  const preload = () => loadModule().then(() => undefined);
  return Object.assign(() => (Loaded ? <Loaded /> : <Lazy />), { preload });
}

const SignIn = screen(() => import('../screens/SignIn'));
const ArtisanHome = screen(() => import('../screens/ArtisanHome'));
const BuyerHome = screen(() => import('../screens/BuyerHome'));
const Snap = screen(() => import('../screens/Snap'));
const OutboxScreen = screen(() => import('../screens/OutboxScreen'));
const Simulator = screen(() => import('../screens/Simulator'));
const NotFound = screen(() => import('../screens/NotFound'));
// buyer, reviewer, admin
const PostRequest = screen(() => import('../screens/buyer/PostRequest'));
const RequestDetail = screen(() => import('../screens/buyer/RequestDetail'));
const OrderDetail = screen(() => import('../screens/buyer/OrderDetail'));
const ReviewerHome = screen(() => import('../screens/reviewer/ReviewerHome'));
const ReviewAssessment = screen(() => import('../screens/reviewer/ReviewAssessment'));
const Onboard = screen(() => import('../screens/reviewer/Onboard'));
const Gallery = screen(() => import('../screens/reviewer/Gallery'));
const AdminHome = screen(() => import('../screens/admin/AdminHome'));
const AdminUsers = screen(() => import('../screens/admin/AdminUsers'));
const AdminJobs = screen(() => import('../screens/admin/AdminJobs'));
// artisan screens
const Certificates = screen(() => import('../screens/artisan/Certificates'));
const Portfolio = screen(() => import('../screens/artisan/Portfolio'));
const Offers = screen(() => import('../screens/artisan/Offers'));
const Orders = screen(() => import('../screens/artisan/Orders'));
const Earnings = screen(() => import('../screens/artisan/Earnings'));

interface RouteDef {
  path: string;
  screen: Screen;
  roles?: Role[];
  public?: boolean;
}

const ROUTES: RouteDef[] = [
  { path: '/snap', screen: Snap, roles: ['artisan'] },
  { path: '/outbox', screen: OutboxScreen },
  { path: '/simulator', screen: Simulator, public: true },
  // buyer, reviewer, admin
  { path: '/buyer/new', screen: PostRequest, roles: ['buyer'] },
  { path: '/buyer/requests/:id', screen: RequestDetail, roles: ['buyer', 'admin'] },
  { path: '/buyer/orders/:id', screen: OrderDetail, roles: ['buyer', 'admin'] },
  { path: '/reviewer', screen: ReviewerHome, roles: ['reviewer', 'admin'] },
  { path: '/reviewer/assessments/:id', screen: ReviewAssessment, roles: ['reviewer', 'admin'] },
  { path: '/reviewer/onboard', screen: Onboard, roles: ['reviewer', 'admin'] },
  { path: '/reviewer/gallery', screen: Gallery, roles: ['reviewer', 'admin'] },
  { path: '/admin/users', screen: AdminUsers, roles: ['admin'] },
  { path: '/admin/jobs', screen: AdminJobs, roles: ['admin'] },
  // artisan screens
  { path: '/certificates', screen: Certificates, roles: ['artisan'] },
  { path: '/portfolio', screen: Portfolio, roles: ['artisan'] },
  { path: '/offers', screen: Offers, roles: ['artisan'] },
  { path: '/offers/:id', screen: Offers, roles: ['artisan'] },
  { path: '/orders', screen: Orders, roles: ['artisan'] },
  { path: '/orders/:id', screen: Orders, roles: ['artisan'] },
  { path: '/earnings', screen: Earnings, roles: ['artisan'] },
];

function homeFor(role: Role | undefined): Screen {
  if (role === 'reviewer') return ReviewerHome;
  if (role === 'admin') return AdminHome;
  return role === 'buyer' ? BuyerHome : ArtisanHome;
}

const NAV: { to: string; icon: IconName; key: string; roles?: Role[] }[] = [
  { to: '/', icon: 'home', key: 'nav.home' },
  { to: '/snap', icon: 'camera', key: 'nav.snap', roles: ['artisan'] },
  { to: '/buyer/new', icon: 'plus', key: 'req.new', roles: ['buyer'] },
  { to: '/reviewer', icon: 'check', key: 'review.title', roles: ['admin'] },
  { to: '/reviewer/onboard', icon: 'plus', key: 'review.onboard', roles: ['reviewer'] },
  { to: '/outbox', icon: 'clock', key: 'nav.outbox' },
  { to: '/simulator', icon: 'chat', key: 'nav.simulator' },
];

/** The screen for this path and this session (or none). */
function screenFor(session: Session | null, path: string): Screen {
  const role = session?.user.role;
  if (path === '/') return session ? homeFor(role) : SignIn;
  const route = ROUTES.find((r) => matchPath(r.path, path));
  if (!route) return NotFound;
  if (!session && !route.public) return SignIn;
  if (route.roles && role && !route.roles.includes(role)) return NotFound;
  return route.screen;
}

/** Loads the first screen's chunk (modulepreloaded for the artisan home) before the first render. */
export function preloadScreen(session: Session | null, path: string): Promise<void> {
  return screenFor(session, path)
    .preload()
    .catch(() => undefined); // offline without it: the Suspense boundary shows loading, then the error
}

export function App() {
  const { t } = useTranslation();
  const services = useServices();
  const session = useSyncExternalStore(services.session.subscribe, services.session.get);
  const path = usePath();
  const online = useOnline();
  const role = session?.user.role;

  const Current = screenFor(session, path);

  const signOut = async () => {
    services.session.set(null);
    // Her cached data must not be shown to the next person who signs in on this phone.
    await caches?.delete('own-data').catch(() => undefined);
    navigate('/');
  };

  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <a
          className="brand"
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate('/');
          }}
        >
          <img src="/icons/icon-192.png" alt="" width={32} height={32} />
          <span>{t('app.name')}</span>
        </a>
        <LanguageSwitch />
      </header>
      {!online && (
        <p className="offline" role="status" data-testid="offline">
          {t('app.offline')}
        </p>
      )}
      <OutboxBadge />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <Current />
        </Suspense>
        <MicButton />
      </main>
      <nav className="bottom" aria-label={t('app.name')}>
        {NAV.filter((n) => session && (!n.roles || (role && n.roles.includes(role)))).map((n) => (
          <a
            key={n.to}
            href={n.to}
            aria-current={path === n.to ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(n.to);
            }}
          >
            <Icon name={n.icon} />
            <span>{t(n.key)}</span>
          </a>
        ))}
        {session && (
          <button type="button" onClick={() => void signOut()}>
            <Icon name="out" />
            <span>{t('app.signOut')}</span>
          </button>
        )}
      </nav>
    </>
  );
}
