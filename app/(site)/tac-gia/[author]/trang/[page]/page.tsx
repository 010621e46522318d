import { AuthorPage, type AuthorParams, authorMetadata } from '../../author-page';

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: { params: AuthorParams }) {
  return authorMetadata(params);
}

export default function Page({ params }: { params: AuthorParams }) {
  return <AuthorPage params={params} />;
}
