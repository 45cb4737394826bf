export { manualPayments } from './manual';
export { PaymentProviderError, payoutStatusOf, razorpayXPayments, type RazorpayXOptions } from './razorpayx';
