'use client';

import { useActionState } from 'react';
import { FormStatus, secondaryButtonClass } from '@/components/editor/form-status';
import { deleteSectionAction, moveSectionAction } from '@/lib/actions/sections';
import { idleSectionState } from '@/lib/actions/section-state';

/** Up, down (plain buttons: they work by keyboard) and delete for one section. */
export function SectionActions({ slug, name, first, last, articles }: { slug: string; name: string; first: boolean; last: boolean; articles: number }) {
  const [moveState, move, moving] = useActionState(moveSectionAction, idleSectionState);
  const [deleteState, remove, deleting] = useActionState(deleteSectionAction, idleSectionState);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={move}>
          <input type="hidden" name="original" value={slug} />
          <input type="hidden" name="direction" value="up" />
          <button type="submit" className={secondaryButtonClass} disabled={moving || first} aria-label={`Chuyển "${name}" lên`}>
            ↑ Lên
          </button>
        </form>
        <form action={move}>
          <input type="hidden" name="original" value={slug} />
          <input type="hidden" name="direction" value="down" />
          <button type="submit" className={secondaryButtonClass} disabled={moving || last} aria-label={`Chuyển "${name}" xuống`}>
            ↓ Xuống
          </button>
        </form>
        <form
          action={remove}
          onSubmit={(e) => {
            if (!window.confirm(`Xóa chuyên mục "${name}"?`)) e.preventDefault();
          }}
        >
          <input type="hidden" name="original" value={slug} />
          <button type="submit" className={secondaryButtonClass} disabled={deleting} aria-label={`Xóa "${name}"`} title={articles > 0 ? `Còn ${articles} bài: chưa xóa được` : undefined}>
            Xóa
          </button>
        </form>
      </div>
      <FormStatus state={moveState.status === 'idle' ? deleteState : moveState} />
    </div>
  );
}
