import type { ApiClient } from './client';

export const VOICE_PATH = '/api/v1/voice';

/** Recorded speech → the voice endpoint (multipart `audio`); returns what it understood. */
export function voiceApi(client: ApiClient) {
  return {
    send: (audio: Blob, lang: string) => {
      const form = new FormData();
      form.append('lang', lang);
      form.append('audio', audio, `voice.${audio.type.includes('ogg') ? 'ogg' : 'webm'}`);
      return client.request<{
        transcript: string;
        understood: boolean;
        reply?: { text: string; audioUrl: string };
      }>('POST', VOICE_PATH, { form });
    },
  };
}
