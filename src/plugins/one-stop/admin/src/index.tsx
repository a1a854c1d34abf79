import { Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

const PLUGIN = 'one-stop';
const MENU_LABEL = { vi: 'Nhập hồ sơ một cửa', en: 'One-stop dossier import' };

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN}`,
      icon: Upload,
      intlLabel: { id: `${PLUGIN}.menu`, defaultMessage: MENU_LABEL.vi },
      permissions: [{ action: `plugin::${PLUGIN}.import`, subject: null }],
      Component: () => import('./pages/ImportPage'),
    });
    app.registerPlugin({ id: PLUGIN, name: 'Bộ phận một cửa' });
  },
  /** The menu label in both admin languages: without a translation the admin logs MISSING_TRANSLATION on every screen. */
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({
      locale,
      data: { [`${PLUGIN}.menu`]: MENU_LABEL[locale as keyof typeof MENU_LABEL] ?? MENU_LABEL.en },
    }));
  },
};
