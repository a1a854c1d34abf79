import { Layouts, useIsDesktop, useRBAC } from '@strapi/strapi/admin';
import { Box, Flex, SubNav, SubNavHeader, SubNavLink, SubNavSection, SubNavSections } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink, Navigate, Route, Routes } from 'react-router-dom';
import { PLUGIN_ID, t } from '../pluginId';
import { CalendarPage } from './CalendarPage';
import { InboxPage } from './InboxPage';
import { LogPage } from './LogPage';
import { QueuePage } from './QueuePage';
import { SettingsPage } from './SettingsPage';
import { StatsPage } from './StatsPage';

const PAGES = [
  { path: 'queue', id: 'nav.queue', label: 'Việc của tôi', Component: QueuePage },
  { path: 'inbox', id: 'nav.inbox', label: 'Thông báo', Component: InboxPage },
  { path: 'calendar', id: 'nav.calendar', label: 'Lịch biên tập', Component: CalendarPage },
  { path: 'stats', id: 'nav.stats', label: 'Thống kê', Component: StatsPage },
  { path: 'log', id: 'nav.log', label: 'Nhật ký', Component: LogPage },
  { path: 'settings', id: 'nav.settings', label: 'Cài đặt quy trình', Component: SettingsPage, boardOnly: true },
];
type AppPage = (typeof PAGES)[number];

/** The settings page only for those holding `settings.manage` (the editorial board); the server checks it too. */
const SETTINGS_PERMISSION = [{ action: `plugin::${PLUGIN_ID}.settings.manage`, subject: null }];
function usePages(): AppPage[] {
  const { allowedActions } = useRBAC({ manage: SETTINGS_PERMISSION });
  return PAGES.filter((page) => !('boardOnly' in page) || allowedActions.canManage);
}

/**
 * On a phone or tablet Strapi hides the sub-navigation: the same pages as a row of links above the page,
 * the current one marked.
 */
const PhoneMenu = ({ label, pages }: { label: string; pages: AppPage[] }) => {
  const { formatMessage } = useIntl();
  return (
    <Box tag="nav" aria-label={label} paddingLeft={4} paddingRight={4} paddingTop={3} background="neutral0" data-testid="ew-phone-menu">
      <Flex gap={2} wrap="wrap">
        {pages.map((page) => (
          <NavLink
            key={page.path}
            to={`/plugins/${PLUGIN_ID}/${page.path}`}
            style={({ isActive }) => ({
              padding: '8px 12px', borderRadius: 4, textDecoration: 'none', fontWeight: 600, fontSize: 14,
              color: isActive ? '#fff' : '#4945ff', background: isActive ? '#4945ff' : '#f0f0ff',
            })}
          >
            {formatMessage({ id: t(page.id), defaultMessage: page.label })}
          </NavLink>
        ))}
      </Flex>
    </Box>
  );
};

/** The plugin's pages under the left menu's "Quy trình biên tập". */
const App = () => {
  const { formatMessage } = useIntl();
  const isDesktop = useIsDesktop();
  const pages = usePages();
  const title = formatMessage({ id: t('menu'), defaultMessage: 'Quy trình biên tập' });
  return (
    <Layouts.Root
      sideNav={
        <SubNav aria-label={title}>
          <SubNavHeader label={title} />
          <SubNavSections>
            <SubNavSection label={title}>
              {pages.map((page) => (
                <SubNavLink key={page.path} tag={NavLink} to={`/plugins/${PLUGIN_ID}/${page.path}`}>
                  {formatMessage({ id: t(page.id), defaultMessage: page.label })}
                </SubNavLink>
              ))}
            </SubNavSection>
          </SubNavSections>
        </SubNav>
      }
    >
      {isDesktop ? null : <PhoneMenu label={title} pages={pages} />}
      <Routes>
        {/* Every page has its route (the menu hides what the person may not use, and the server refuses it):
            a page opened by its address must not bounce to the queue while the permissions load. */}
        {PAGES.map(({ path, Component }) => (
          <Route key={path} path={path} element={<Component />} />
        ))}
        <Route path="*" element={<Navigate to="queue" replace />} />
      </Routes>
    </Layouts.Root>
  );
};

export default App;
