import type { ApiClient } from './client';
import type { Role } from './types';

/** Admin tools: accounts and roles, credential revocation, the job queue, fairness and disputes. */
export interface AdminUser {
  id: string;
  phone: string;
  role: Role;
  status: 'active' | 'disabled';
  displayName: string | null;
  mfaEnabled: boolean;
  isDemo: boolean;
  createdAt: string;
}

export interface Job {
  id: string;
  name: string;
  status: string;
  attempts?: number;
  lastError?: string | null;
  createdAt?: string;
  [key: string]: unknown;
}

export interface Fairness {
  windowDays: number;
  gini: number;
  qualifiedArtisans: number;
  offers: number;
  artisansWithOffers: number;
}

export interface Dispute {
  id: string;
  orderId: string;
  reason: string | null;
  status: string;
  createdAt: string;
}

export function adminApi(client: ApiClient) {
  return {
    users: (role?: Role) =>
      client.get<{ items: AdminUser[] }>(`/api/v1/admin/users?limit=200${role ? `&role=${role}` : ''}`),
    createUser: (body: { phone: string; role: Role; displayName?: string }) =>
      client.request<AdminUser>('POST', '/api/v1/admin/users', { json: body }),
    updateUser: (id: string, body: { role?: Role; status?: 'active' | 'disabled' }) =>
      client.request<AdminUser>('PATCH', `/api/v1/admin/users/${encodeURIComponent(id)}`, { json: body }),
    revokeCredential: (id: string, reason: string) =>
      client.request<{ id: string; revokedAt: string }>(
        'POST',
        `/api/v1/admin/credentials/${encodeURIComponent(id)}/revoke`,
        { json: { reason } },
      ),
    jobs: (status?: string) =>
      client.get<{ kind: string; counts: Record<string, number>; jobs: Job[] }>(
        `/api/v1/admin/jobs?limit=50${status ? `&status=${status}` : ''}`,
      ),
    retryJob: (id: string) =>
      client.request<{ status: 'queued' }>('POST', `/api/v1/admin/jobs/${encodeURIComponent(id)}/retry`),
    fairness: () => client.get<Fairness>('/api/v1/admin/fairness'),
    disputes: () => client.get<{ disputes: Dispute[] }>('/api/v1/admin/disputes?status=open'),
  };
}
