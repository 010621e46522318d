/**
 * What the article server actions and the autosave route answer, shared with
 * the editor's client components. (A 'use server' file may export only
 * functions, so the types live here.)
 */
import type { ReactNode } from 'react';
import type { ConflictInfo } from '@/lib/articles/workflow';
import type { EditorView } from '@/lib/articles/editor-reads';
import type { PublishProblem } from '@/lib/validations/publish-readiness';

export type EditorFormState =
  | { status: 'idle' }
  | { status: 'saved'; message: string; view: EditorView; at: string }
  /** Autosave of a live article: kept as the person's pending copy, not shown to readers. */
  | { status: 'pending'; message: string; at: string }
  | {
      status: 'invalid';
      message: string;
      /** Form field name → message. */
      fieldErrors: Record<string, string>;
      /** Body problems ("Dòng N: …") or what stops publishing. */
      issues?: string[];
      problems?: PublishProblem[];
      /** The article as stored, when a first save created it but a later step was refused. */
      view?: EditorView;
    }
  | { status: 'conflict'; message: string; conflict: ConflictInfo }
  | { status: 'error'; message: string; view?: EditorView };

export const idleState: EditorFormState = { status: 'idle' };

/** State of the small workflow forms (return, take down, correction, restore). */
export type WorkflowFormState =
  | { status: 'idle' }
  | { status: 'done'; message: string; view?: EditorView }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string> };

export const idleWorkflowState: WorkflowFormState = { status: 'idle' };

/** issues: what the save would refuse; notReady: what stops publishing (photos without alt or credit). */
export type PreviewResult = { ok: true; issues: string[]; notReady: string[]; node: ReactNode } | { ok: false; message: string };
