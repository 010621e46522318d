import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The one MDX parser (markdown + JSX, no compile) for validation, plain text and the API's HTML. */
export const mdxParser = unified().use(remarkParse).use(remarkMdx);
