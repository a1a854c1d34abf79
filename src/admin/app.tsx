import type { StrapiApp } from '@strapi/strapi/admin';
import { fieldTranslations } from './field-labels';

/** Strapi keeps the interface language in the browser and falls back to English: ward staff get Vietnamese. */
const LANGUAGE_KEY = 'strapi-admin-language';
if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'vi');

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each user's profile.
    locales: ['vi'],
    tutorials: false,
    notifications: { releases: false },
    translations: fieldTranslations(),
  },
  bootstrap(_app: StrapiApp) {},
};
