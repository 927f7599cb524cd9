/** Links that work under any BASE sub-path. */
import { basePath } from '../lib/site/site-url.ts';

export function href(path: string): string {
  return basePath(import.meta.env.BASE_URL, path);
}
