import type { MetadataRoute } from 'next';
import { webAppManifest } from '@/lib/seo/manifest';

export default function manifest(): MetadataRoute.Manifest {
  return webAppManifest();
}
