import type { ApiClient } from './client';
import type { BuyerType, Me } from './types';

export const ME_PATH = '/api/v1/me';

export function meApi(client: ApiClient) {
  return {
    get: (signal?: AbortSignal) => client.get<Me>(ME_PATH, signal ? { signal } : {}),
    saveBuyer: (body: { organisation: string; type: BuyerType }) =>
      client.request<NonNullable<Me['buyer']>>('PUT', '/api/v1/me/buyer', { json: body }),
  };
}
