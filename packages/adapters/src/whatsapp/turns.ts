import type { Clock, CoreDeps, Repositories } from '@shebalance/core';
import type { Availability } from '@shebalance/core';
import {
  converse,
  initialState,
  type AccountSnapshot,
  type ConversationState,
  type Effect,
  type EngineContext,
  type OnboardingResult,
} from '@shebalance/core/conversation/index';
import { writeArtisan } from '@shebalance/core/usecases/profiles/write-artisan';
import { appendConsent } from '@shebalance/core/usecases/profiles/record-consent';
import {
  renderIntent,
  toConversationInput,
  waIdToPhone,
  type CloudMessage,
} from '@shebalance/core/whatsapp/index';
import type { Database } from '@shebalance/db';
import {
  createHandover,
  insertOutbound,
  lockConversation,
  markProcessed,
  pendingInbound,
  saveConversation,
  getInbound,
} from '@shebalance/db/whatsapp/index';
import { prepareOutbound } from './outbox';

const AVAILABILITY: Record<OnboardingResult['availability'], Availability> = {
  full: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], hoursPerDay: 8 },
  part: { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], hoursPerDay: 4 },
  weekends: { days: ['sat', 'sun'], hoursPerDay: 6 },
};
/** Pieces a week we assume per craft until she tells us (she can change it in the app). */
const DEFAULT_CAPACITY = 3;
export const CONSENT_TEXT_VERSION = 'whatsapp-onboarding-v1';

export interface TurnDeps {
  db: Database;
  clock: Clock;
  ids: CoreDeps['ids'];
  engine: Omit<EngineContext, 'now'>;
  /** Repositories bound to a transaction (with the read cache in front), and a hook after commit. */
  repositories(tx: Database): { repos: Repositories; afterCommit(): void };
  /**
   * Her offers, earnings and certificates, read inside the turn's transaction (the engine is pure and
   * reads this snapshot). Without it the journeys answer "none yet".
   */
  account?(tx: Database, userId: string): Promise<AccountSnapshot>;
}

/** Effects carried out after commit by the caller's jobs, with the existing use cases. */
export type DeferredEffect = Extract<Effect, { kind: 'accept_offer' | 'decline_offer' | 'send_certificate' }>;

export interface TurnAction {
  waId: string;
  userId: string;
  lang: ConversationState['lang'];
  sourceMessageId: string;
  effect: DeferredEffect;
}

export interface TurnOutcome {
  processed: string[];
  outbound: string[];
  photos: { waId: string; mediaIds: string[]; userId: string | null; lang: ConversationState['lang'] }[];
  actions: TurnAction[];
}

async function startingState(
  repos: Repositories,
  phone: string,
): Promise<{ state: ConversationState; userId: string | null }> {
  const user = await repos.users.findByPhone(phone);
  const profile = user ? await repos.artisans.get(user.id) : undefined;
  return {
    state: initialState(profile?.preferredLanguage ?? user?.preferredLanguage ?? 'en', !!profile),
    userId: user?.id ?? null,
  };
}

async function completeOnboarding(
  deps: TurnDeps,
  repos: Repositories,
  phone: string,
  p: OnboardingResult,
): Promise<string> {
  const now = deps.clock.now();
  let user = await repos.users.findByPhone(phone);
  if (!user) {
    user = await repos.users.create({
      id: deps.ids.uuid(),
      phone,
      role: 'artisan',
      status: 'active',
      displayName: p.displayName,
      preferredLanguage: p.preferredLanguage,
      mfaEnabled: false,
      tokensValidAfter: null,
      cognitoSub: null,
      isDemo: false,
      createdAt: now,
    });
    await repos.audit.append({
      actorId: user.id,
      action: 'user.registered',
      subjectType: 'user',
      subjectId: user.id,
      data: { role: 'artisan', via: 'whatsapp' },
    });
  }
  const existing = await repos.artisans.get(user.id);
  await writeArtisan(deps, repos, {
    userId: user.id,
    existing,
    actorId: user.id,
    via: 'self',
    changes: {
      displayName: p.displayName,
      preferredLanguage: p.preferredLanguage,
      district: p.district,
      state: p.state,
      location: p.location,
      availability: AVAILABILITY[p.availability],
      crafts: p.crafts.map((craftId) => ({ craftId, capacityPerWeek: DEFAULT_CAPACITY })),
    },
  });
  for (const purpose of ['platform_terms', 'skill_assessment'] as const) {
    await appendConsent(deps, repos, user.id, user.id, {
      purpose,
      granted: true,
      channel: 'whatsapp',
      textVersion: CONSENT_TEXT_VERSION,
    });
  }
  return user.id;
}

async function applyEffects(
  deps: TurnDeps,
  tx: Database,
  repos: Repositories,
  ctx: { waId: string; userId: string | null; sourceMessageId: string; lang: ConversationState['lang'] },
  effects: Effect[],
  outcome: TurnOutcome,
): Promise<string | null> {
  let userId = ctx.userId;
  for (const effect of effects) {
    switch (effect.kind) {
      case 'set_language':
        if (userId) await repos.users.update(userId, { preferredLanguage: effect.lang });
        break;
      case 'complete_onboarding':
        userId = await completeOnboarding(deps, repos, waIdToPhone(ctx.waId), effect.profile);
        break;
      case 'handover':
        await createHandover(tx, {
          waId: ctx.waId,
          userId,
          channel: 'whatsapp',
          reason: effect.reason,
          ...(effect.lastText ? { lastText: effect.lastText } : {}),
          sourceMessageId: ctx.sourceMessageId,
          at: deps.clock.now(),
        });
        break;
      case 'submit_photos':
        outcome.photos.push({ waId: ctx.waId, mediaIds: effect.mediaIds, userId, lang: ctx.lang });
        break;
      case 'accept_offer':
      case 'decline_offer':
      case 'send_certificate':
        if (userId)
          outcome.actions.push({
            waId: ctx.waId,
            userId,
            lang: ctx.lang,
            sourceMessageId: ctx.sourceMessageId,
            effect,
          });
        break;
    }
  }
  return userId;
}

/**
 * Processes her unprocessed messages up to `waMessageId`, oldest first, in one transaction that holds
 * her conversation row: each turn runs the engine, carries out its effects and stores its replies
 * (validated) in the outbound queue. Idempotent: processed messages are skipped. The caller enqueues
 * `outcome.outbound` after commit.
 */
export async function processInbound(deps: TurnDeps, waMessageId: string): Promise<TurnOutcome> {
  const outcome: TurnOutcome = { processed: [], outbound: [], photos: [], actions: [] };
  const first = await getInbound(deps.db, waMessageId);
  if (!first || first.processedAt) return outcome;
  let afterCommit: (() => void) | undefined;
  await deps.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const bound = deps.repositories(tx);
    afterCommit = bound.afterCommit;
    const { repos } = bound;
    const conversation = await lockConversation(tx, first.waFrom);
    const pending = await pendingInbound(tx, first.waFrom, first.message.at);
    if (!pending.some((p) => p.waMessageId === waMessageId)) return;
    const start = conversation.state
      ? { state: conversation.state as ConversationState, userId: conversation.userId }
      : await startingState(repos, waIdToPhone(first.waFrom));
    let state = start.state;
    let userId = start.userId;
    const now = deps.clock.now();
    // Her data for the journeys, read once per batch inside this transaction (effects run after commit).
    let account: AccountSnapshot | undefined;
    for (const row of pending) {
      if (!account && state.onboarded && userId && deps.account) account = await deps.account(tx, userId);
      const turn = converse(state, toConversationInput(row.message.content, row.transcript ?? undefined), {
        ...deps.engine,
        now,
        ...(account ? { account } : {}),
      });
      userId = await applyEffects(
        deps,
        tx,
        repos,
        { waId: row.waFrom, userId, sourceMessageId: row.waMessageId, lang: turn.state.lang },
        turn.effects,
        outcome,
      );
      state = turn.state;
      const messages: CloudMessage[] = turn.replies.map((r) => renderIntent(row.waFrom, r));
      // She just wrote: the customer-service window is open for these replies.
      const rows = prepareOutbound(messages, {
        lang: state.lang,
        windowOpen: true,
        purpose: 'conversation',
        replyTo: row.waMessageId,
        now,
      });
      await insertOutbound(tx, rows);
      outcome.outbound.push(...rows.map((r) => r.id));
      outcome.processed.push(row.waMessageId);
    }
    await saveConversation(tx, first.waFrom, { state, userId }, now);
    await markProcessed(tx, outcome.processed, now);
  });
  afterCommit?.();
  return outcome;
}
