import { NotFoundView } from '@/components/layout/not-found-view';

export const metadata = { title: 'Không tìm thấy trang', robots: { index: false } };

export default function NotFound() {
  return <NotFoundView />;
}
