/**
 * Chart of accounts (all amounts in integer paise; balances are debit − credit).
 *
 *   platform_cash                  asset      money in the platform's bank / payment-gateway account
 *   buyer_receivable:<buyerId>     asset      what a buyer owes for paid-out orders (negative = prepaid)
 *   artisan_payable:<artisanId>    liability  her earnings not yet sent to her
 *   payouts_in_transit:<artisanId> liability  payouts started (UPI) but not yet confirmed by the bank
 *   platform_fee_revenue           revenue    the platform's fee
 */
export type AccountKind = 'asset' | 'liability' | 'revenue';

export const PLATFORM_CASH = 'platform_cash';
export const PLATFORM_FEE_REVENUE = 'platform_fee_revenue';
export const buyerReceivable = (buyerId: string) => `buyer_receivable:${buyerId}`;
export const artisanPayable = (artisanId: string) => `artisan_payable:${artisanId}`;
export const payoutsInTransit = (artisanId: string) => `payouts_in_transit:${artisanId}`;

const KINDS: Record<string, AccountKind> = {
  platform_cash: 'asset',
  buyer_receivable: 'asset',
  artisan_payable: 'liability',
  payouts_in_transit: 'liability',
  platform_fee_revenue: 'revenue',
};

/** The kind of a known account, or undefined for anything outside the chart. */
export function accountKind(account: string): AccountKind | undefined {
  const [head, id, ...rest] = account.split(':');
  if (rest.length > 0) return undefined;
  const kind = KINDS[head!];
  const needsId = head === 'buyer_receivable' || head === 'artisan_payable' || head === 'payouts_in_transit';
  if (!kind || needsId !== (id !== undefined) || id === '') return undefined;
  return kind;
}
