/** Why an audio upload could not be turned into speech samples. Each code maps to a message key. */
export type AudioErrorCode = 'empty' | 'too_large' | 'too_long' | 'unsupported_format' | 'corrupt';

export class AudioDecodeError extends Error {
  constructor(
    readonly code: AudioErrorCode,
    detail?: string,
  ) {
    super(`audio ${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'AudioDecodeError';
  }
}

export const isAudioDecodeError = (error: unknown): error is AudioDecodeError =>
  error instanceof AudioDecodeError;
