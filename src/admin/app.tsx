import type { StrapiApp } from '@strapi/strapi/admin';
import emblem from '../../frontend/site/assets/emblem.svg';
import { labelChoiceColumns } from './choice-column';
import { fieldTranslations } from './field-labels';
import strapiVi from './translations/strapi.vi.json';
import { headWeekdaysTheVietnameseWay } from './weekdays';

/** Strapi keeps the interface language in the browser and falls back to English: ward staff get Vietnamese. */
const LANGUAGE_KEY = 'strapi-admin-language';
if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'vi');

/**
 * Strapi 5.54 shows an "Introducing the new Media Library" banner above every screen, with no flag to turn it
 * off, until it is dismissed; its dismissal is kept under the project's uuid, which is `false` with telemetry
 * disabled (package.json) and undefined while /admin/init loads. Dismiss it for both before it renders.
 */
if (typeof window !== 'undefined') {
  for (const legacy of [true, false]) {
    for (const scope of ['false', 'undefined']) {
      window.localStorage.setItem(`STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`, 'true');
    }
  }
  headWeekdaysTheVietnameseWay();
}

/**
 * The ward's name on the login page comes from the site settings (public, GET /api/site-setting). The admin's
 * strings are fixed once it has loaded, so the name fetched now is kept for the next visit, and the login
 * page shows it from then on; until the first fetch it reads "Trang thông tin điện tử của phường".
 */
const WARD_KEY = 'ward-site-title';
function loginSubtitle(): Record<string, string> {
  const title = typeof window === 'undefined' ? null : window.localStorage.getItem(WARD_KEY);
  return title ? { 'Auth.form.welcome.subtitle': title } : {};
}
function rememberWardName(): void {
  fetch('/api/site-setting?locale=vi')
    .then((response) => (response.ok ? response.json() : null))
    .then((body: { data?: { siteTitle?: string; wardName?: string } } | null) => {
      const title = body?.data?.siteTitle || (body?.data?.wardName ? `Trang thông tin điện tử ${body.data.wardName}` : '');
      if (title) window.localStorage.setItem(WARD_KEY, title);
    })
    .catch(() => undefined); // the generic subtitle stays
}

const labels = fieldTranslations();

export default {
  config: {
    // Editors work in Vietnamese; English stays available in each user's profile.
    locales: ['vi'],
    tutorials: false,
    notifications: { releases: false },
    auth: { logo: emblem },
    menu: { logo: emblem },
    head: { favicon: emblem },
    translations: {
      // Strapi's own strings on the screens staff use (Strapi ships part of them in Vietnamese), then the ward's.
      vi: { ...strapiVi, ...labels.vi, ...loginSubtitle() },
      en: labels.en,
    },
  },
  register(app: StrapiApp) {
    // The home page shows the person's work (the workflow plugin's widget), not Strapi's own widgets.
    app.widgets.register((widgets) => widgets.filter((widget) => widget.pluginId === 'editorial-workflow'));
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', labelChoiceColumns as never);
    rememberWardName();
  },
};
