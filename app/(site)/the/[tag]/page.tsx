import { TagPage, type TagParams, tagMetadata } from './tag-page';

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: { params: TagParams }) {
  return tagMetadata(params);
}

export default function Page({ params }: { params: TagParams }) {
  return <TagPage params={params} />;
}
