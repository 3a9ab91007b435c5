/**
 * Errors about the input itself (it cannot be read, or is not text we accept). They are
 * expected failures: the CLI prints the one-line message and exits 2, never a stack trace.
 */

export type InputErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'unreadable'
  | 'binary'
  | 'invalid-encoding'
  | 'empty'
  | 'unsupported'
  | 'too-large';

export class InputError extends Error {
  readonly code: InputErrorCode;

  constructor(code: InputErrorCode, message: string) {
    // Keep messages to one line: they are printed as-is after `pith: <input>: `.
    super(message.replace(/\s*\n\s*/g, ' '));
    this.name = 'InputError';
    this.code = code;
  }
}

/** True for an InputError, also across module copies (tests may load src/ and dist/). */
export function isInputError(err: unknown): err is InputError {
  return (
    err instanceof InputError ||
    (err instanceof Error && err.name === 'InputError' && typeof (err as { code?: unknown }).code === 'string')
  );
}
