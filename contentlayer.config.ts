import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import { sectionSlugs } from './lib/config/site';
import { bylineRoles } from './lib/validations/article';

/**
 * content/articles/*.mdx — the archive kept in git. A missing or wrong
 * frontmatter field fails `contentlayer2 build` (and so `npm run build`),
 * naming the file and the field.
 */
const Byline = defineNestedType(() => ({
  name: 'Byline',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'enum', options: [...bylineRoles], required: true },
  },
}));

const Image = defineNestedType(() => ({
  name: 'Image',
  fields: {
    src: { type: 'string', required: true },
    alt: { type: 'string', required: true },
    caption: { type: 'string', required: false },
    credit: { type: 'string', required: true },
  },
}));

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'articles/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    slug: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    category: { type: 'enum', options: [...sectionSlugs], required: true },
    tags: { type: 'list', of: { type: 'string' }, required: true },
    bylines: { type: 'list', of: Byline, required: true },
    dateline: { type: 'string', required: false },
    publishedAt: { type: 'date', required: true },
    updatedAt: { type: 'date', required: false },
    cover: { type: 'nested', of: Image, required: false },
    sample: { type: 'boolean', required: false, default: false },
  },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR || 'content',
  contentDirInclude: ['articles'],
  documentTypes: [Article],
  disableImportAliasWarning: true,
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
});
