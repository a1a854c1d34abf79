import type { useFetchClient } from '@strapi/strapi/admin';

type Get = ReturnType<typeof useFetchClient>['get'];

/** Fetches a file with the admin's session (a plain link would carry no token) and saves it under `name`. */
export async function download(get: Get, url: string, name: string): Promise<void> {
  const response = await get<Blob>(url, { responseType: 'blob' });
  const href = URL.createObjectURL(response.data);
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = name;
  anchor.click();
  URL.revokeObjectURL(href);
}
