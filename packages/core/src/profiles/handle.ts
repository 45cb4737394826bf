import { transliterate } from './transliterate';

/** Longest name part of a handle, before the '-3f2a' suffix. */
export const HANDLE_BASE_MAX = 32;
/** Used when a name has no letters we can romanise. */
export const HANDLE_FALLBACK = 'artisan';
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The URL-safe name part of a handle: 'सुनीता देवी' → 'sunita-devi', 'Rekha  D’Souza' → 'rekha-dsouza'. */
export function handleBase(name: string): string {
  const slug = transliterate(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, HANDLE_BASE_MAX).replace(/-+$/, '');
  return cut || HANDLE_FALLBACK;
}

/** A handle from a name and a random suffix: makeHandle('Sunita Devi', '3f2a') → 'sunita-devi-3f2a'. */
export function makeHandle(name: string, suffix: string): string {
  const tail = suffix.toLowerCase().replace(/[^a-z0-9]/g, '');
  return tail ? `${handleBase(name)}-${tail}` : handleBase(name);
}

export const isHandle = (text: string): boolean => text.length <= 64 && HANDLE_PATTERN.test(text);
