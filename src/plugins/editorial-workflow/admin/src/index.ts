import { Briefcase } from '@strapi/icons';
import { addStateColumn, addStateFilter } from './content-manager/list';
import { gateBulkActions, gateDocumentActions } from './content-manager/actions';
import { WorkflowPanel } from './components/WorkflowPanel';
import { Initializer } from './Initializer';
import { MenuIcon } from './home/MenuIcon';
import { PLUGIN_ID, t } from './pluginId';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
  addDocumentAction(reducer: (actions: never[]) => unknown[]): void;
  addBulkAction(reducer: (actions: never[]) => unknown[]): void;
}

interface AdminApp {
  registerPlugin(plugin: Record<string, unknown>): void;
  addMenuLink(link: Record<string, unknown>): void;
  getPlugin(id: string): { apis: unknown };
  registerHook(name: string, fn: (args: never) => unknown): void;
  widgets: { register(widgets: Array<Record<string, unknown>>): void };
}

export default {
  register(app: AdminApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      // The Content Manager's icon is Strapi's Feather; this one carries the unread count.
      icon: MenuIcon,
      intlLabel: { id: t('menu'), defaultMessage: 'Quy trình biên tập' },
      permissions: [],
      Component: () => import('./pages/App'),
    });
    // The home page (Strapi 5 homepage widgets): the signed-in person's work, for everyone who has a queue.
    app.widgets.register([
      {
        id: 'work',
        pluginId: PLUGIN_ID,
        icon: Briefcase,
        title: { id: t('home.title'), defaultMessage: 'Công việc của bạn' },
        component: async () => (await import('./home/WorkWidget')).WorkWidget,
        link: { label: { id: t('home.open'), defaultMessage: 'Mở Việc của tôi' }, href: `/plugins/${PLUGIN_ID}/queue` },
        permissions: [{ action: `plugin::${PLUGIN_ID}.queue.read` }],
      },
    ]);
    app.registerPlugin({ id: PLUGIN_ID, name: 'Quy trình biên tập', initializer: Initializer, isReady: false });
  },

  bootstrap(app: AdminApp) {
    const cm = app.getPlugin('content-manager').apis as ContentManagerApis;
    cm.addEditViewSidePanel([WorkflowPanel]);
    cm.addDocumentAction((actions) => gateDocumentActions(actions));
    cm.addBulkAction((actions) => gateBulkActions(actions));
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', addStateColumn as never);
    app.registerHook('Admin/CM/pages/ListView/inject-in-filters', addStateFilter as never);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixed(data as Record<string, string>), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};

const prefixed = (data: Record<string, string>) =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
