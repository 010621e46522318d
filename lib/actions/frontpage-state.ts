/** What the front-page forms show after an action (a 'use server' file may export only functions). */
export type FrontPageFormState = {
  status: 'idle' | 'saved' | 'error';
  message: string;
  fieldErrors: Record<string, string>;
};

export const idleFrontPageState: FrontPageFormState = { status: 'idle', message: '', fieldErrors: {} };
