import type { UploadResult } from '@/lib/media/types';

/** The one upload route (POST /api/media): the server sniffs, checks and re-encodes; the client only sends. */
export const UPLOAD_URL = '/api/media';

export function mb(bytes: number) {
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** One file, one request: XMLHttpRequest reports upload progress, fetch does not. */
export function uploadOne(file: File, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', UPLOAD_URL);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      const body = xhr.response as { results?: UploadResult[]; error?: string } | null;
      const result = body?.results?.[0];
      if (result) resolve(result);
      else resolve({ name: file.name, ok: false, message: body?.error ?? `Máy chủ trả lỗi ${xhr.status}. Ảnh chưa được lưu; hãy thử lại.` });
    };
    xhr.onerror = () => resolve({ name: file.name, ok: false, message: 'Mất kết nối khi tải ảnh. Hãy kiểm tra mạng rồi thử lại.' });
    xhr.ontimeout = xhr.onerror;
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
