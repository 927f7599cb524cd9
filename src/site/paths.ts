/** Links that work under any BASE sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function href(path: string): string {
  return `${base}/${path.replace(/^\//, '')}`;
}
