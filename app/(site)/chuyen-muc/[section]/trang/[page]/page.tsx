import { SectionPage, type SectionParams, sectionMetadata } from '../../section-page';

export function generateStaticParams() {
  return [];
}

export function generateMetadata({ params }: { params: SectionParams }) {
  return sectionMetadata(params);
}

export default function Page({ params }: { params: SectionParams }) {
  return <SectionPage params={params} />;
}
