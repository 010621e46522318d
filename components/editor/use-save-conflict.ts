import { useCallback, useState } from 'react';
import type { ConflictInfo } from '@/lib/articles/workflow';
import { type FormFields, formKey } from './editor-form-model';
import type { SaveNote } from './use-autosave';

// A save answered 409 (someone saved since this form's version): the open conflict, the
// person's choice (take theirs / keep mine), and the text put aside when they took theirs.

type Form = {
  setFields: (f: FormFields) => void;
  setVersion: (v: number) => void;
  setSavedKey: (k: string) => void;
  setNote: (n: SaveNote) => void;
};

export type SaveConflict = {
  conflict: ConflictInfo | null;
  /** The form as it was before "take theirs", shown for copying until closed. */
  discarded: FormFields | null;
  open: (c: ConflictInfo) => void;
  clear: () => void;
  takeTheirs: (yours: FormFields, theirs: FormFields, version: number) => void;
  keepMine: (version: number) => void;
  closeDiscarded: () => void;
};

export function useSaveConflict({ setFields, setVersion, setSavedKey, setNote }: Form): SaveConflict {
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [discarded, setDiscarded] = useState<FormFields | null>(null);
  // Stable: the save-answer handler (use-article-form.ts) is made once.
  const clear = useCallback(() => setConflict(null), []);
  return {
    conflict,
    discarded,
    open: setConflict,
    clear,
    takeTheirs: (yours, theirs, v) => {
      setDiscarded(yours);
      setFields(theirs);
      setVersion(v);
      setSavedKey(formKey(theirs));
      setConflict(null);
      setNote({ kind: 'info', text: 'Đã lấy bản đã lưu. Bản của bạn vẫn hiện bên dưới để sao chép.' });
    },
    keepMine: (v) => {
      setVersion(v);
      setConflict(null);
      setNote({ kind: 'info', text: `Giữ bản của bạn, nay dựa trên phiên bản ${v}. Bấm lưu để thay bản đã lưu.` });
    },
    closeDiscarded: () => setDiscarded(null),
  };
}
