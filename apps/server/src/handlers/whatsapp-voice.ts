import { queueSpokenReplies } from '@shebalance/adapters/whatsapp/voice';
import { expectedReplies, initialState, type ConversationState } from '@shebalance/core/conversation/index';
import { MAX_INBOUND_MEDIA_BYTES, waIdToPhone } from '@shebalance/core/whatsapp/index';
import { getConversation, getInbound, setInboundTranscript } from '@shebalance/db/whatsapp/index';
import { hear, isAudioDecodeError } from '@shebalance/ml/speech/index';
import type { Container } from '../container';
import { whatsappFor } from '../wiring/messaging';
import { speechFor } from '../wiring/speech';

/**
 * WhatsApp voice notes take the voice path (issue 6), in two steps around her locked turn:
 *
 * 1. `transcribeVoiceNote`, BEFORE the turn (the slow part, outside any transaction): download the
 *    note (≤ 16 MB; a larger one is recorded with its size so the turn answers "too large"), decode
 *    OGG/Opus, recognize it constrained to the replies expected at her conversation's step, and store
 *    the transcript on the inbound row ('' when nothing was understood: the turn then asks her to tap
 *    a button or say one of the options). The turn hands it to the engine as
 *    `{ kind: 'audio', transcript }`.
 * 2. `speakVoiceReplies`, AFTER the turn: her text replies are also sent as one spoken audio message.
 */

/** Retry a failing download this many times before answering her without a transcript. */
const DOWNLOAD_ATTEMPTS = 3;

async function conversationState(container: Container, waId: string): Promise<ConversationState> {
  const stored = (await getConversation(container.database.db, waId))?.state as ConversationState | null;
  if (stored) return stored;
  const { repos } = container.deps;
  const user = await repos.users.findByPhone(waIdToPhone(waId));
  const profile = user ? await repos.artisans.get(user.id) : undefined;
  return initialState(profile?.preferredLanguage ?? user?.preferredLanguage ?? 'en', !!profile);
}

export async function transcribeVoiceNote(
  container: Container,
  waMessageId: string,
  attempt = 1,
): Promise<void> {
  const db = container.database.db;
  const row = await getInbound(db, waMessageId);
  if (!row || row.processedAt || row.transcript !== null) return;
  const content = row.message.content;
  if (content.kind !== 'audio') return;
  if (content.fileSize !== undefined && content.fileSize > MAX_INBOUND_MEDIA_BYTES) return;

  let audio: Buffer;
  try {
    const { transport } = whatsappFor(container);
    const info = await transport.mediaInfo(content.mediaId);
    if (info.size > MAX_INBOUND_MEDIA_BYTES) {
      await setInboundTranscript(db, waMessageId, { transcript: '', fileSize: info.size });
      return;
    }
    audio = Buffer.from(await transport.downloadMedia(info.url));
  } catch (error) {
    // Retried by the job queue; after a few attempts she is answered without it (never stuck).
    if (attempt < DOWNLOAD_ATTEMPTS) throw error;
    await setInboundTranscript(db, waMessageId, { transcript: '' });
    return;
  }
  if (audio.length > MAX_INBOUND_MEDIA_BYTES) {
    await setInboundTranscript(db, waMessageId, { transcript: '', fileSize: audio.length });
    return;
  }

  const state = await conversationState(container, row.waFrom);
  const expected = expectedReplies(state);
  let transcript = '';
  try {
    const heard = await hear(speechFor(container).turnDeps, { audio, lang: state.lang, expected });
    // The engine reads the matched option's label (as if she had typed it), else the transcript.
    if (heard.understood)
      transcript = expected.find((e) => e.id === heard.optionId)?.text ?? heard.transcript;
  } catch (error) {
    // Corrupt, silent, too long or in a format we cannot decode: she is asked to tap or say an option.
    if (!isAudioDecodeError(error)) throw error;
  }
  await setInboundTranscript(db, waMessageId, { transcript });
}

/** After her turn: the replies to her voice notes are also spoken, in her conversation's language. */
export async function speakVoiceReplies(
  container: Container,
  turn: { processed: readonly string[]; outbound: readonly string[] },
): Promise<void> {
  if (turn.processed.length === 0) return;
  const speech = speechFor(container);
  await queueSpokenReplies(
    {
      db: container.database.db,
      queue: container.jobs.queue,
      transport: whatsappFor(container).transport,
      synthesize: (text, lang) => speech.cachedTts.synthesize(text, lang),
      now: () => container.deps.clock.now(),
    },
    turn,
  );
}
