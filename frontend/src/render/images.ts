import type { Media, MediaFormat } from '../api/strapi';
import { escapeHtml } from '../../../src/lib/html';

/** Resolves a media URL (Strapi answers "/uploads/…") against where images are served from. */
export type MediaUrl = (url: string) => string;

/**
 * How wide an image is drawn: the whole column on a phone (main has 1rem padding a side), at most
 * main's 68rem less its padding on a wide screen. The browser picks the srcset candidate from this.
 */
export const IMAGE_SIZES = '(max-width: 68rem) calc(100vw - 2rem), 66rem';

export interface ResponsiveImage {
  src: string;
  width: number | null;
  height: number | null;
  /** "url 245w, url 500w, …, original Nw": Strapi's formats (thumbnail/small/medium/large) and the original. */
  srcset: string;
  sizes: string;
}

/**
 * The upload plugin's `formats` as a srcset, narrowest first. Strapi 5.54 writes each format in the
 * original's own type (image-manipulation.js, resizeFileTo: `ext: file.ext, mime: file.mime`), so an
 * uploaded WebP has WebP formats and a JPEG has JPEG ones; there is no WebP copy to offer in a <source>.
 */
export function responsiveImage(media: Media, mediaUrl: MediaUrl): ResponsiveImage {
  const candidates = new Map<number, string>();
  const formats = Object.values(media.formats ?? {}).filter((f): f is MediaFormat => Boolean(f?.url && f.width));
  for (const format of formats) candidates.set(format.width, mediaUrl(format.url));
  if (media.width) candidates.set(media.width, mediaUrl(media.url));
  const srcset = candidates.size > 1
    ? [...candidates].sort(([a], [b]) => a - b).map(([width, url]) => `${url} ${width}w`).join(', ')
    : '';
  return {
    src: mediaUrl(media.url),
    width: media.width ?? null,
    height: media.height ?? null,
    srcset,
    sizes: srcset ? IMAGE_SIZES : '',
  };
}

/**
 * An <img> that reserves its box (width and height, so nothing shifts as it loads) and, unless it is the
 * first image of the page, waits until it is scrolled near (`loading="lazy"`, `decoding="async"`).
 */
export function imgTag(image: ResponsiveImage, alt: string, eager: boolean): string {
  const attrs = [`src="${escapeHtml(image.src)}"`, `alt="${escapeHtml(alt)}"`];
  if (image.srcset) attrs.push(`srcset="${escapeHtml(image.srcset)}"`, `sizes="${image.sizes}"`);
  if (image.width && image.height) attrs.push(`width="${image.width}"`, `height="${image.height}"`);
  attrs.push(eager ? 'decoding="async" fetchpriority="high"' : 'loading="lazy" decoding="async"');
  return `<img ${attrs.join(' ')}>`;
}
