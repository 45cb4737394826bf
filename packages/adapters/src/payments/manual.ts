import type { Payments } from '@shebalance/core/usecases/earn/index';

/**
 * The embedded default: nothing leaves the machine. A payout stays `pending` until an operator has
 * sent the UPI transfer and records it (`POST /api/v1/admin/payouts/:id/settle`); money from a buyer is
 * recorded as received by manual settlement (bank transfer or cash handled by the platform team).
 */
export function manualPayments(): Payments {
  return {
    provider: 'manual',
    async payout() {
      return { status: 'pending', providerRef: null };
    },
    async collect(request) {
      return { status: 'captured', providerRef: `manual:${request.paymentId}` };
    },
  };
}
