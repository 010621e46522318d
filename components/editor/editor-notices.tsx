import { ArticleNotices } from './article-notices';
import { ConflictPanel } from './conflict-panel';
import { ErrorSummary } from './error-summary';
import { LocalCopyBanner } from './local-copy-banner';
import { PresenceBanner } from './presence-banner';
import type { ArticleForm } from './use-article-form';

// Everything the editor shows above the form about this copy of the article, in reading order:
// notices, who else has it open, a copy offered back, a save conflict, what was set aside, errors.

export function EditorNotices({ form }: { form: ArticleForm }) {
  const { view, fields, presence, localCopy, saveConflict, summary } = form;
  const { conflict, discarded } = saveConflict;
  return (
    <>
      <ArticleNotices view={view} readOnly={view !== null && !view.rights.edit} />
      <PresenceBanner presence={presence} fields={fields} />

      {localCopy && (
        <LocalCopyBanner copy={localCopy} onServer={form.copyOnServer} onRestore={() => form.restoreLocalCopy(localCopy)} onDiscard={form.discardLocalCopy} />
      )}

      {conflict && (
        <ConflictPanel conflict={conflict} yours={fields} onTakeTheirs={(theirs, v) => saveConflict.takeTheirs(fields, theirs, v)} onKeepMine={saveConflict.keepMine} />
      )}

      {discarded && (
        <section aria-labelledby="ban-cua-ban" className="rounded border border-stone-400 bg-white p-3">
          <h2 id="ban-cua-ban" className="font-semibold">
            Bản của bạn trước khi lấy bản đã lưu
          </h2>
          <label htmlFor="ban-cua-ban-body" className="mt-2 block text-sm font-semibold">
            Nội dung bạn đã gõ
          </label>
          <textarea id="ban-cua-ban-body" readOnly value={discarded.body} rows={6} className="mt-1 w-full rounded border border-stone-400 p-2 font-sans text-sm" />
          <button type="button" onClick={saveConflict.closeDiscarded} className="mt-2 rounded border border-stone-500 px-3 py-1 text-sm font-semibold hover:bg-stone-100">
            Đóng
          </button>
        </section>
      )}

      {summary && <ErrorSummary summary={summary} errors={form.errors} bodyIssues={form.bodyIssues} problems={form.problems} />}
    </>
  );
}
