import type { ApiClient } from './client';

/** Her verifiable skill credentials and public portfolio (packages/contracts/src/credentials.ts). */
export interface CredentialSummary {
  id: string;
  artisanId: string;
  craftId: string;
  level: number;
  lang: string;
  issuedAt: string;
  expiresAt: string | null;
  revoked: boolean;
  verifyUrl: string;
}

export interface CredentialDetail {
  id: string;
  /** Open Badges 3.0: each evidence item's `id` is the URL of a work photo. */
  credential: { evidence?: { id?: string; url?: string }[] } & Record<string, unknown>;
  verifyUrl: string;
  revoked: boolean;
}

export interface PortfolioState {
  public: boolean;
  works: string[];
  url: string;
}

export interface ConsentStatus {
  purpose: string;
  status: 'granted' | 'withdrawn' | 'not_asked';
}

/** Version of the consent sentence the portfolio screen shows (recorded with her consent). */
export const PORTFOLIO_CONSENT_TEXT = 'pwa-portfolio-2026-12';

const id = encodeURIComponent;

/** Paths that need no token (public pages and images), relative to this origin. */
export const publicPaths = {
  qr: (credentialId: string) => `/api/v1/credentials/${id(credentialId)}/qr.png`,
  verifyPage: (credentialId: string) => `/verify/${id(credentialId)}`,
  work: (photoId: string, size: 'thumb' | 'full' = 'thumb') =>
    `/api/v1/public/works/${id(photoId)}${size === 'full' ? '?size=full' : ''}`,
};

/** The photo ids a credential shows as evidence (…/public/works/<photoId>). */
export function evidencePhotoIds(c: Pick<CredentialDetail, 'credential'>): string[] {
  const out: string[] = [];
  for (const e of c.credential.evidence ?? []) {
    const m = /\/public\/works\/([0-9a-f-]{36})(?:[?#].*)?$/i.exec(e.id ?? e.url ?? '');
    if (m && !out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

export function credentialsApi(client: ApiClient) {
  return {
    list: (artisanId: string, signal?: AbortSignal) =>
      client.get<{ credentials: CredentialSummary[] }>(
        `/api/v1/artisans/${id(artisanId)}/credentials`,
        signal ? { signal } : {},
      ),
    get: (credentialId: string, signal?: AbortSignal) =>
      client.get<CredentialDetail>(`/api/v1/credentials/${id(credentialId)}`, signal ? { signal } : {}),
    pdf: (credentialId: string, lang: string) =>
      client.blob(`/api/v1/credentials/${id(credentialId)}/certificate.pdf?lang=${lang}`),
    /** Her portfolio state: shown or hidden, the chosen works and the public link. */
    portfolio: (signal?: AbortSignal) =>
      client.get<PortfolioState>('/api/v1/me/portfolio', signal ? { signal } : {}),
    /** Shows or hides her portfolio; `works` (photo ids, in order) replaces the chosen works. */
    setPortfolio: (body: { public: boolean; works?: string[] }) =>
      client.request<PortfolioState>('PUT', '/api/v1/me/portfolio', { json: body }),
    consents: () => client.get<{ current: ConsentStatus[] }>('/api/v1/me/consents'),
    consentToPortfolio: () =>
      client.request<unknown>('POST', '/api/v1/me/consents', {
        json: {
          purpose: 'public_portfolio',
          granted: true,
          channel: 'app',
          textVersion: PORTFOLIO_CONSENT_TEXT,
        },
      }),
  };
}

export type CredentialsApi = ReturnType<typeof credentialsApi>;
