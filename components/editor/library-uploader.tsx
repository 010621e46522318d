'use client';

import { useRouter } from 'next/navigation';
import { PhotoUploader } from './photo-uploader';

/** The library page's uploader: new photos appear in the list (with their details form) as they finish. */
export function LibraryUploader() {
  const router = useRouter();
  return <PhotoUploader onUploaded={() => router.refresh()} />;
}
