import { queueNotice } from '@shebalance/adapters/whatsapp/notices';
import type { TurnAction } from '@shebalance/adapters/whatsapp/turns';
import { AppError, pickLang, type JobQueue, type Lang } from '@shebalance/core';
import { AssessmentIntakeError, isOpen, type AssessmentRecord } from '@shebalance/core/assessments/index';
import {
  assessmentResult,
  certificateMessages,
  craftName,
  intakeRefused,
  outcomeReplies,
  type AccountSnapshot,
  type EffectOutcome,
  type OfferSnapshot,
} from '@shebalance/core/conversation/index';
import { submitAssessment } from '@shebalance/core/usecases/assessments/index';
import { credentialUrls } from '@shebalance/core/usecases/credentials/index';
import {
  acceptOffer,
  declineOffer,
  listMyOffers,
  viewPassbook,
  type MyOffer,
} from '@shebalance/core/usecases/earn/index';
import { phoneToWaId } from '@shebalance/core/whatsapp/index';
import { renderCertificatePdf, renderCertificatePng } from '@shebalance/credentials';
import type { Database } from '@shebalance/db';
import { credentialStore } from '@shebalance/db/credentials/index';
import { earnStore } from '@shebalance/db/earn/index';
import { getConversation, getOutbound } from '@shebalance/db/whatsapp/index';
import { stableUuid } from '@shebalance/adapters/whatsapp/notices';
import { describeLevel, intakeMessage, retakeTips, t as feedbackT } from '@shebalance/ml/feedback/index';
import type { MessageKey } from '@shebalance/ml/feedback/index';
import type { QualityProblem } from '@shebalance/ml/quality/index';
import type { SkillLevel } from '@shebalance/ml/scoring/index';
import { z } from 'zod';
import type { Container } from '../container';
import { credentialView } from '../routes/credentials/view';
import { credentialsOf } from '../wiring/credentials';
import { earnOf } from '../wiring/earn';
import { visionFor } from '../wiring/vision';
import { whatsappFor } from '../wiring/messaging';

/**
 * The WhatsApp journeys that reach beyond one turn: Snap & score (photos → assessment pipeline →
 * result), certificates (image + PDF uploaded as media), and the Earn effects of a turn (accept,
 * decline). Each job is idempotent: notices are stored under ids derived from what they announce.
 */
export const ACTION_JOB = 'whatsapp.action';
export const RESULT_JOB = 'whatsapp.assessment_result';
export const CERTIFICATE_JOB = 'whatsapp.certificate';

const RECENT = 5;
const artisan = (userId: string) => ({ userId, role: 'artisan' as const, mfa: false });

const toSnapshot = ({ offer, opportunity, amountPaise }: MyOffer): OfferSnapshot => ({
  id: offer.id,
  status: offer.status as OfferSnapshot['status'],
  craftId: opportunity.craftIds[0] ?? null,
  title: opportunity.title,
  quantity: offer.quantity,
  amountPaise,
  deadline: opportunity.deadline,
  expiresAt: offer.expiresAt,
});

/** Her offers, passbook and certificates, read with the Earn and credential use cases inside `tx`. */
export async function accountSnapshot(
  container: Container,
  tx: Database,
  userId: string,
): Promise<AccountSnapshot> {
  const deps = { ...earnOf(container), store: earnStore(tx) };
  const actor = artisan(userId);
  const mine = await listMyOffers(deps, actor);
  const book = await viewPassbook(deps, actor, userId).catch((e: unknown) => {
    if (e instanceof AppError) return null;
    throw e;
  });
  const paidOffers = new Set(book?.orders.map((o) => o.order?.offerId).filter(Boolean));
  const inProgress = mine.filter((m) => m.offer.status === 'accepted' && !paidOffers.has(m.offer.id));
  const certificates = (await credentialStore(tx).listForArtisan(userId))
    .filter((c) => !c.revokedAt)
    .sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime());
  const urls = credentialUrls(credentialsOf(container).publicUrl);
  return {
    offers: mine.map(toSnapshot),
    earnings: book
      ? {
          earnedPaise: book.earnedPaise,
          pendingPaise: book.pendingPaise,
          paidOutPaise: book.paidOutPaise,
          inProgress: {
            count: inProgress.length,
            amountPaise: inProgress.reduce((s, m) => s + m.amountPaise, 0),
          },
          recent: [...book.orders]
            .sort((a, b) => b.at.getTime() - a.at.getTime())
            .slice(0, RECENT)
            .map((o) => ({ at: o.at, craftId: o.order?.craftId ?? null, netPaise: o.netPaise })),
        }
      : null,
    certificates: certificates.map((c) => ({
      id: c.id,
      craftId: c.craftId,
      level: c.level,
      issuedAt: c.issuedAt,
      verifyUrl: urls.verifyPage(c.id),
    })),
  };
}

/** Submits the photos she sent to the same assessment pipeline the HTTP API uses. */
export async function submitWhatsAppPhotos(
  container: Container,
  p: { waId: string; userId: string; lang: Lang; photos: Buffer[]; key: string },
): Promise<string | undefined> {
  const profile = await container.deps.repos.artisans.get(p.userId);
  const crafts = profile?.crafts ?? [];
  try {
    const { id } = await submitAssessment(visionFor(container).assessmentDeps(), {
      artisanId: p.userId,
      photos: p.photos,
      channel: 'whatsapp',
      // A retried photos job names the same assessment: never a second one for the same photos.
      idempotencyKey: `whatsapp:${p.key}`,
      // One craft on her profile: that is what she photographed (recognition still checks it).
      ...(crafts.length === 1 ? { craft: crafts[0]!.craftId } : {}),
    });
    return id;
  } catch (error) {
    if (!(error instanceof AssessmentIntakeError)) throw error;
    await queueNotice(
      container.database.db,
      container.jobs.queue,
      intakeRefused(p.lang, intakeMessage(error.reason as Parameters<typeof intakeMessage>[0], p.lang)),
      {
        waId: p.waId,
        lang: p.lang,
        purpose: 'assessment',
        key: `wa-intake:${p.key}`,
        now: container.deps.clock.now(),
      },
    );
    return undefined;
  }
}

/** The hook of the assessment job: a finished WhatsApp assessment gets its result sent (once per status). */
export async function enqueueWhatsAppResult(
  queue: Pick<JobQueue, 'enqueue'>,
  a: Pick<AssessmentRecord, 'id' | 'channel' | 'status'>,
): Promise<void> {
  if (a.channel !== 'whatsapp' || isOpen(a.status)) return;
  await queue.enqueue(
    RESULT_JOB,
    { assessmentId: a.id },
    { idempotencyKey: `${RESULT_JOB}:${a.id}:${a.status}`, maxAttempts: 5 },
  );
}

/** The hook of the credential job: a new credential is sent to her on WhatsApp (if she talks to us there). */
export async function enqueueCertificateNotice(
  queue: Pick<JobQueue, 'enqueue'>,
  credentialId: string,
): Promise<void> {
  await queue.enqueue(
    CERTIFICATE_JOB,
    { credentialId, reason: 'issued' },
    { idempotencyKey: `${CERTIFICATE_JOB}:${credentialId}`, maxAttempts: 5 },
  );
}

async function sendResult(container: Container, assessmentId: string): Promise<void> {
  const a = await visionFor(container).assessmentDeps().assessments.get(assessmentId);
  if (!a || isOpen(a.status)) return;
  const user = await container.deps.repos.users.findById(a.artisanId);
  if (!user) return;
  const lang = pickLang(user.preferredLanguage);
  const messages = assessmentResult(lang, {
    status: a.status,
    craft: craftName(lang, a.craftId) || null,
    levelText: a.level ? describeLevel(a.level as SkillLevel, lang) : null,
    scores: a.scores,
    value: a.marketValue ? { min: a.marketValue.min, max: a.marketValue.max } : null,
    feedback: a.feedbackKeys.map((k) => feedbackT(lang, k as MessageKey)),
    retakeTips: retakeTips(a.retakeProblems as QualityProblem[], lang),
  });
  await queueNotice(container.database.db, container.jobs.queue, messages, {
    waId: phoneToWaId(user.phone),
    lang,
    purpose: 'assessment',
    key: `wa-result:${a.id}:${a.status}`,
    now: container.deps.clock.now(),
  });
}

/**
 * Sends her certificate: PNG (image, captioned with the verify link) and PDF (document), rendered in
 * her language and uploaded through the transport's media endpoint. `key` makes it happen once.
 */
export async function sendCertificate(
  container: Container,
  input: { credentialId: string; reason: 'issued' | 'asked'; key: string; replyTo?: string },
): Promise<boolean> {
  const db = container.database.db;
  const service = credentialsOf(container);
  const record = await service.deps.store.get(input.credentialId);
  if (!record || record.revokedAt) return false;
  const user = await container.deps.repos.users.findById(record.artisanId);
  if (!user) return false;
  const waId = phoneToWaId(user.phone);
  // A newly issued credential goes to WhatsApp only when she talks to us there.
  if (input.reason === 'issued' && !(await getConversation(db, waId))) return false;
  if (await getOutbound(db, stableUuid(`${input.key}:0`))) return true;
  const lang = pickLang(user.preferredLanguage);
  const v = credentialView(record, service.publicUrl);
  const render = {
    lang,
    name: v.name,
    craft: v.craftNames,
    level: v.level,
    date: v.awardedAt,
    verifyUrl: v.verifyUrl,
    scores: v.scores,
  };
  const { transport } = whatsappFor(container);
  const [png, pdf] = await Promise.all([renderCertificatePng(render), renderCertificatePdf(render)]);
  const image = await transport.uploadMedia(png, 'image/png', 'certificate.png');
  const document = await transport.uploadMedia(pdf, 'application/pdf', 'certificate.pdf');
  const messages = certificateMessages(
    lang,
    {
      craft: craftName(lang, record.craftId, record.craftId),
      level: v.level,
      verifyUrl: v.verifyUrl,
      imageId: image.id,
      pdfId: document.id,
    },
    input.reason === 'issued',
  );
  await queueNotice(db, container.jobs.queue, messages, {
    waId,
    lang,
    purpose: 'certificate',
    key: input.key,
    now: container.deps.clock.now(),
    ...(input.replyTo ? { replyTo: input.replyTo } : {}),
  });
  return true;
}

const REFUSALS: Record<string, Extract<EffectOutcome, { kind: 'offer_refused' }>['reason']> = {
  'earn.offer_expired': 'expired',
  'earn.offer_sold_out': 'sold_out',
  'earn.offer_closed': 'closed',
  'earn.request_closed': 'closed',
  'error.not_found': 'not_found',
  'error.forbidden': 'not_found',
};

/** Accept or decline with the Earn use cases; their conflicts become a clear answer. */
async function offerOutcome(container: Container, action: TurnAction): Promise<EffectOutcome> {
  const deps = earnOf(container);
  const actor = artisan(action.userId);
  try {
    if (action.effect.kind === 'accept_offer') {
      const { offer, order } = await acceptOffer(deps, actor, action.effect.offerId);
      const opportunity = (await deps.store.getOpportunity(offer.opportunityId))!;
      return {
        kind: 'offer_accepted',
        offer: toSnapshot({ offer, opportunity, amountPaise: order.amountPaise }),
      };
    }
    if (action.effect.kind === 'decline_offer') {
      await declineOffer(deps, actor, action.effect.offerId, action.effect.reason);
      return { kind: 'offer_declined' };
    }
  } catch (error) {
    if (error instanceof AppError)
      return { kind: 'offer_refused', reason: REFUSALS[error.messageKey] ?? 'failed' };
    throw error;
  }
  return { kind: 'offer_refused', reason: 'failed' };
}

const actionSchema = z.object({
  waId: z.string().min(1),
  userId: z.uuid(),
  lang: z.enum(['en', 'hi', 'ta', 'bn', 'mr']),
  sourceMessageId: z.string().min(1).max(200),
  effect: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('accept_offer'), offerId: z.string().min(1).max(100) }),
    z.object({
      kind: z.literal('decline_offer'),
      offerId: z.string().min(1).max(100),
      reason: z.string().min(1).max(40),
    }),
    z.object({ kind: z.literal('send_certificate'), credentialId: z.string().min(1).max(100) }),
  ]),
});

export async function enqueueActions(queue: Pick<JobQueue, 'enqueue'>, actions: TurnAction[]): Promise<void> {
  for (const [i, a] of actions.entries())
    await queue.enqueue(ACTION_JOB, a, {
      idempotencyKey: `${ACTION_JOB}:${a.sourceMessageId}:${i}`.slice(0, 200),
      maxAttempts: 5,
    });
}

export function registerWhatsAppJourneyHandlers(container: Container): void {
  const { registry } = container.jobs;
  registry.register<z.infer<typeof actionSchema>>(
    ACTION_JOB,
    async (action) => {
      if (action.effect.kind === 'send_certificate') {
        await sendCertificate(container, {
          credentialId: action.effect.credentialId,
          reason: 'asked',
          key: `wa-cert:${action.sourceMessageId}`,
          replyTo: action.sourceMessageId,
        });
        return;
      }
      const outcome = await offerOutcome(container, action as TurnAction);
      await queueNotice(container.database.db, container.jobs.queue, outcomeReplies(action.lang, outcome), {
        waId: action.waId,
        lang: action.lang,
        purpose: 'offer',
        key: `wa-action:${action.sourceMessageId}:${action.effect.kind}`,
        replyTo: action.sourceMessageId,
        now: container.deps.clock.now(),
      });
    },
    { parse: (p) => actionSchema.parse(p) },
  );
  registry.register<{ assessmentId: string }>(
    RESULT_JOB,
    ({ assessmentId }) => sendResult(container, assessmentId),
    {
      parse: (p) => z.object({ assessmentId: z.uuid() }).parse(p),
    },
  );
  registry.register<{ credentialId: string }>(
    CERTIFICATE_JOB,
    async ({ credentialId }) => {
      await sendCertificate(container, {
        credentialId,
        reason: 'issued',
        key: `wa-cert-issued:${credentialId}`,
      });
    },
    { parse: (p) => z.object({ credentialId: z.uuid(), reason: z.literal('issued') }).parse(p) },
  );
}
