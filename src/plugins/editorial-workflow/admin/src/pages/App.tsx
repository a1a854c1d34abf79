import { Layouts } from '@strapi/strapi/admin';
import { SubNav, SubNavHeader, SubNavLink, SubNavSection, SubNavSections } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink, Navigate, Route, Routes } from 'react-router-dom';
import { PLUGIN_ID, t } from '../pluginId';
import { InboxPage } from './InboxPage';
import { LogPage } from './LogPage';
import { QueuePage } from './QueuePage';
import { StatsPage } from './StatsPage';

const PAGES = [
  { path: 'queue', id: 'nav.queue', label: 'Việc của tôi', Component: QueuePage },
  { path: 'inbox', id: 'nav.inbox', label: 'Thông báo', Component: InboxPage },
  { path: 'stats', id: 'nav.stats', label: 'Thống kê', Component: StatsPage },
  { path: 'log', id: 'nav.log', label: 'Nhật ký', Component: LogPage },
];

/** The plugin's pages under the left menu's "Quy trình biên tập". */
const App = () => {
  const { formatMessage } = useIntl();
  const title = formatMessage({ id: t('menu'), defaultMessage: 'Quy trình biên tập' });
  return (
    <Layouts.Root
      sideNav={
        <SubNav aria-label={title}>
          <SubNavHeader label={title} />
          <SubNavSections>
            <SubNavSection label={title}>
              {PAGES.map((page) => (
                <SubNavLink key={page.path} tag={NavLink} to={`/plugins/${PLUGIN_ID}/${page.path}`}>
                  {formatMessage({ id: t(page.id), defaultMessage: page.label })}
                </SubNavLink>
              ))}
            </SubNavSection>
          </SubNavSections>
        </SubNav>
      }
    >
      <Routes>
        {PAGES.map(({ path, Component }) => (
          <Route key={path} path={path} element={<Component />} />
        ))}
        <Route path="*" element={<Navigate to="queue" replace />} />
      </Routes>
    </Layouts.Root>
  );
};

export default App;
