import { useRBAC } from '@strapi/strapi/admin';
import { Box, Typography } from '@strapi/design-system';
import { PLUGIN_ID } from '../pluginId';
import { useApi } from '../useApi';

const MANAGE = [{ action: `plugin::${PLUGIN_ID}.settings.manage`, subject: null }];

/** For those who keep the settings (the board): the calendar runs out soon — enter next year's holidays. */
export const CalendarWarning = () => {
  const { allowedActions, isLoading } = useRBAC({ manage: MANAGE });
  const { data } = useApi<{ warning: string | null }>(!isLoading && allowedActions.canManage ? '/settings/warning' : null);
  if (!data?.warning) return null;
  return (
    <Box padding={3} marginBottom={4} background="warning100" hasRadius role="alert" data-testid="ew-calendar-warning">
      <Typography textColor="warning700">{data.warning}</Typography>
    </Box>
  );
};
