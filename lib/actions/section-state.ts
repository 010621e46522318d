/** What the section forms show after an action (a 'use server' file may export only functions). */
export type SectionFormState = {
  status: 'idle' | 'ok' | 'error';
  message: string;
  fieldErrors: Record<string, string>;
};

export const idleSectionState: SectionFormState = { status: 'idle', message: '', fieldErrors: {} };
