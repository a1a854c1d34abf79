import { Badge } from '@strapi/design-system';
import type { StateInfo } from '../types';

/** One colour per kind of state, the same in the panel, the list and the queue. */
const COLOURS: Record<StateInfo['kind'], { background: string; text: string }> = {
  editing: { background: 'neutral150', text: 'neutral700' },
  review: { background: 'warning100', text: 'warning700' },
  ready: { background: 'secondary100', text: 'secondary700' },
  live: { background: 'success100', text: 'success700' },
  closed: { background: 'danger100', text: 'danger700' },
};

export const StateBadge = ({ label, kind }: { label: string; kind?: StateInfo['kind'] }) => {
  const colour = COLOURS[kind ?? 'editing'];
  return (
    <Badge backgroundColor={colour.background} textColor={colour.text} data-testid="ew-state">
      {label}
    </Badge>
  );
};

export const OverdueBadge = ({ label }: { label: string }) => (
  <Badge backgroundColor="danger100" textColor="danger700" data-testid="ew-overdue">
    {label}
  </Badge>
);
