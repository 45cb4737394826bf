import type { Payments, PayoutResult } from '@shebalance/core/usecases/earn/index';

export interface RazorpayXOptions {
  keyId: string;
  keySecret: string;
  /** The RazorpayX business account the money leaves from. */
  accountNumber: string;
  /** https://api.razorpay.com (a local fake in tests). */
  baseUrl: string;
  fetch?: typeof fetch;
}

export class PaymentProviderError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PaymentProviderError';
  }
}

/** RazorpayX payout statuses → ours: processed = money sent; rejected/failed/cancelled/reversed = failed. */
export function payoutStatusOf(status: unknown): PayoutResult['status'] {
  if (status === 'processed') return 'processed';
  if (status === 'rejected' || status === 'failed' || status === 'cancelled' || status === 'reversed')
    return 'failed';
  return 'pending';
}

/**
 * Payouts to an artisan's UPI ID through RazorpayX (composite API: `POST /v1/payouts` with a
 * `fund_account` of type `vpa`, basic auth with the key id and secret, and the mandatory
 * `X-Payout-Idempotency` header set to our payout id, so a retried request never pays twice).
 * Queued/pending/processing payouts stay `pending` until the provider confirms (webhook or settle).
 * Collecting from buyers stays a manual settlement record until a payment-link flow exists.
 */
export function razorpayXPayments(options: RazorpayXOptions): Payments {
  const doFetch = options.fetch ?? fetch;
  const auth = `Basic ${Buffer.from(`${options.keyId}:${options.keySecret}`).toString('base64')}`;
  return {
    provider: 'razorpayx',
    async payout(request) {
      const res = await doFetch(`${options.baseUrl.replace(/\/+$/, '')}/v1/payouts`, {
        method: 'POST',
        headers: {
          authorization: auth,
          'content-type': 'application/json',
          'X-Payout-Idempotency': request.reference,
        },
        body: JSON.stringify({
          account_number: options.accountNumber,
          amount: request.amountPaise,
          currency: 'INR',
          mode: 'UPI',
          purpose: 'payout',
          fund_account: {
            account_type: 'vpa',
            vpa: { address: request.vpa },
            contact: { name: request.name, type: 'vendor', reference_id: request.payoutId },
          },
          queue_if_low_balance: true,
          reference_id: request.reference,
          narration: 'SheBalance earnings',
        }),
        signal: AbortSignal.timeout(15_000),
      });
      const body = (await res.json().catch(() => ({}))) as {
        id?: string;
        status?: string;
        error?: { description?: string };
      };
      if (!res.ok)
        throw new PaymentProviderError(
          body.error?.description ?? `payout failed (${res.status})`,
          res.status,
        );
      return { status: payoutStatusOf(body.status), providerRef: body.id ?? null };
    },
    async collect(request) {
      return { status: 'captured', providerRef: `manual:${request.paymentId}` };
    },
  };
}
