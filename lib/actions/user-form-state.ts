/** What the people forms show after an action (a 'use server' file may export only functions). */
export type UserFormState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the person typed (never a password), to put back in the form after an error. */
  values?: Record<string, string>;
  /** Shown once, right after two-step sign-in is turned on. */
  recoveryCodes?: string[];
};
