import { SealCheck } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { t } from '../pluginId';
import { useUnreadCount } from './unread';

/**
 * The left menu's icon of "Quy trình biên tập" with the unread count on it: Strapi's menu badge
 * (`notificationsCount`) is fixed when the link is registered, and this count changes while one works.
 */
export const MenuIcon = (props: Record<string, unknown>) => {
  const { formatMessage } = useIntl();
  const count = useUnreadCount();
  return (
    <span style={{ position: 'relative', display: 'inline-flex' }}>
      <SealCheck {...props} />
      {count ? (
        <span
          data-testid="ew-menu-unread"
          aria-label={formatMessage({ id: t('home.unread.aria'), defaultMessage: '{count} thông báo chưa đọc' }, { count })}
          style={{
            position: 'absolute', top: -6, right: -9, minWidth: 16, height: 16, padding: '0 4px', borderRadius: 8,
            background: '#d02b20', color: '#fff', fontSize: 10, fontWeight: 700, lineHeight: '16px', textAlign: 'center',
          }}
        >
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </span>
  );
};
