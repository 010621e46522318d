import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { contentlayerFields } from './lib/content/contentlayer-fields';
import { contentFrontmatterSchema } from './lib/validations/article';

/**
 * content/articles/*.mdx — the archive kept in git. The fields come from the one zod
 * schema; a missing or wrong field fails `contentlayer2 build` naming file and field.
 * Bodies are read raw (`body.raw`) and rendered by lib/mdx at request time, so the
 * markdown pass below compiles nothing.
 */
export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'markdown',
  fields: contentlayerFields(contentFrontmatterSchema.shape),
}));

/** A unified pass that parses and prints nothing: contentlayer's body.html is unused. */
function skipBody(builder: { use: (plugin: () => void) => unknown }) {
  builder.use(function (this: { parser: () => object; compiler: () => string }) {
    this.parser = () => ({ type: 'root', children: [] });
    this.compiler = () => '';
  });
}

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR || 'content',
  contentDirInclude: ['articles'],
  documentTypes: [Article],
  markdown: skipBody as never,
  disableImportAliasWarning: true,
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
});
