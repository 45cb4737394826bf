import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualPayments } from './manual';
import { PaymentProviderError, payoutStatusOf, razorpayXPayments } from './razorpayx';

/**
 * A local fake of the RazorpayX Payouts API (`POST /v1/payouts`, basic auth, X-Payout-Idempotency):
 * it checks what the documented API checks and replays the first answer for a repeated idempotency key.
 */
interface Json {
  fund_account?: { account_type?: string; vpa?: { address?: string } };
  amount?: number;
  currency?: string;
  mode?: string;
  [key: string]: unknown;
}
interface Seen {
  auth: string | undefined;
  idempotency: string | undefined;
  body: Json;
}
let server: Server;
let baseUrl: string;
const seen: Seen[] = [];
const byKey = new Map<string, Record<string, unknown>>();
let nextStatus = 'processing';
let created = 0;

const readJson = (req: IncomingMessage) =>
  new Promise<Json>((resolve) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(JSON.parse(data || '{}')));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = await readJson(req);
    const auth = req.headers.authorization;
    const idempotency = req.headers['x-payout-idempotency'] as string | undefined;
    seen.push({ auth, idempotency, body });
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (req.method !== 'POST' || req.url !== '/v1/payouts')
      return reply(404, { error: { description: 'not found' } });
    if (auth !== `Basic ${Buffer.from('rzp_test_key:secret').toString('base64')}`)
      return reply(401, { error: { description: 'Authentication failed' } });
    if (!idempotency)
      return reply(400, { error: { description: 'X-Payout-Idempotency header is required' } });
    if (body.fund_account?.account_type !== 'vpa' || !/@/.test(body.fund_account?.vpa?.address ?? ''))
      return reply(400, { error: { description: 'The vpa address is invalid' } });
    const again = byKey.get(idempotency);
    if (again) return reply(200, again);
    created += 1;
    const payout = {
      id: `pout_${created}`,
      entity: 'payout',
      amount: body.amount,
      currency: body.currency,
      status: nextStatus,
      mode: body.mode,
    };
    byKey.set(idempotency, payout);
    return reply(200, payout);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request = (reference: string) => ({
  payoutId: reference,
  amountPaise: 285_000,
  vpa: 'sunita@okaxis',
  name: 'Sunita Devi',
  reference,
});

describe('RazorpayX payouts adapter', () => {
  const payments = () =>
    razorpayXPayments({
      keyId: 'rzp_test_key',
      keySecret: 'secret',
      accountNumber: '7878780080316316',
      baseUrl,
    });

  it('sends a documented UPI payout with basic auth and the idempotency header', async () => {
    nextStatus = 'processing';
    const result = await payments().payout(request('p-1'));
    expect(result).toEqual({ status: 'pending', providerRef: expect.stringMatching(/^pout_/) });
    const last = seen.at(-1)!;
    expect(last.idempotency).toBe('p-1');
    expect(last.body).toMatchObject({
      account_number: '7878780080316316',
      amount: 285_000,
      currency: 'INR',
      mode: 'UPI',
      fund_account: {
        account_type: 'vpa',
        vpa: { address: 'sunita@okaxis' },
        contact: { name: 'Sunita Devi' },
      },
      reference_id: 'p-1',
    });
  });

  it('a retried request with the same reference does not pay twice', async () => {
    nextStatus = 'processed';
    const before = created;
    const first = await payments().payout(request('p-2'));
    const second = await payments().payout(request('p-2'));
    expect(first).toEqual({ status: 'processed', providerRef: second.providerRef });
    expect(created).toBe(before + 1);
  });

  it('turns provider errors into PaymentProviderError and maps statuses', async () => {
    const wrongKey = razorpayXPayments({ keyId: 'other', keySecret: 'x', accountNumber: '1', baseUrl });
    await expect(wrongKey.payout(request('p-3'))).rejects.toBeInstanceOf(PaymentProviderError);
    await expect(payments().payout({ ...request('p-4'), vpa: 'not-a-vpa' })).rejects.toThrow(/vpa/);
    expect(
      ['queued', 'pending', 'processing', 'processed', 'reversed', 'rejected'].map(payoutStatusOf),
    ).toEqual(['pending', 'pending', 'pending', 'processed', 'failed', 'failed']);
  });

  it('the embedded default leaves payouts for an operator and records collections as settled', async () => {
    const manual = manualPayments();
    expect(await manual.payout(request('p-5'))).toEqual({ status: 'pending', providerRef: null });
    expect(
      (await manual.collect({ paymentId: 'x', buyerId: 'b', amountPaise: 1, orderId: 'o' })).status,
    ).toBe('captured');
  });
});
