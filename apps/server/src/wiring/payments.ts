import { manualPayments, razorpayXPayments } from '@shebalance/adapters/payments/index';
import type { Payments } from '@shebalance/core/usecases/earn/index';
import type { Config } from '../config';

/** The Payments port: the embedded manual settlement record, or RazorpayX Payouts when configured. */
export function createPayments(config: Config): Payments {
  if (config.PAYMENTS_PROVIDER === 'razorpayx') {
    const {
      RAZORPAYX_KEY_ID: keyId,
      RAZORPAYX_KEY_SECRET: keySecret,
      RAZORPAYX_ACCOUNT_NUMBER: accountNumber,
    } = config;
    if (!keyId || !keySecret || !accountNumber)
      throw new Error(
        'PAYMENTS_PROVIDER=razorpayx needs RAZORPAYX_KEY_ID, RAZORPAYX_KEY_SECRET and RAZORPAYX_ACCOUNT_NUMBER',
      );
    return razorpayXPayments({ keyId, keySecret, accountNumber, baseUrl: config.RAZORPAYX_BASE_URL });
  }
  return manualPayments();
}
