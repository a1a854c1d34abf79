import { Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';

const PLUGIN = 'one-stop';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN}`,
      icon: Upload,
      intlLabel: { id: `${PLUGIN}.menu`, defaultMessage: 'Nhập hồ sơ một cửa' },
      permissions: [{ action: `plugin::${PLUGIN}.import`, subject: null }],
      Component: () => import('./pages/ImportPage'),
    });
    app.registerPlugin({ id: PLUGIN, name: 'Bộ phận một cửa' });
  },
};
