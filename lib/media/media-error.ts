/** Why a photo was refused, in words a reporter understands (Vietnamese). */
export type MediaErrorCode = 'too-large' | 'too-many-pixels' | 'unsupported' | 'polyglot' | 'corrupt' | 'heic' | 'empty' | 'storage';

export class MediaError extends Error {
  constructor(
    readonly code: MediaErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'MediaError';
  }
}
