import type * as React from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { t } from '../pluginId';
import type { DiffPart, FieldComparison, MediaRef, RelationRef } from '../types';

/* Marked as a proofreader would: struck through in red what went, underlined in green what came. */
const REMOVED = { background: '#fcecea', color: '#b72b1a', textDecoration: 'line-through', marginRight: '0.2em' };
const ADDED = { background: '#eafbe7', color: '#2f6846', textDecoration: 'underline' };

const Words = ({ parts }: { parts: DiffPart[] }) => (
  <Typography tag="p" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.6 }}>
    {parts.map((part, index) => {
      if (part.removed) return <del key={index} style={REMOVED}>{part.value}</del>;
      if (part.added) return <ins key={index} style={ADDED}>{part.value}</ins>;
      return <span key={index}>{part.value}</span>;
    })}
  </Typography>
);

const asList = <T,>(value: unknown): T[] => (Array.isArray(value) ? value as T[] : value ? [value as T] : []);

/** Images before and after; a file replaced since has no earlier bytes left to show. */
const Media = ({ side, label }: { side: unknown; label: string }) => {
  const { formatMessage } = useIntl();
  const files = asList<MediaRef>(side);
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="pi" textColor="neutral600">{label}</Typography>
      {files.length === 0 ? <Typography variant="pi">—</Typography> : files.map((file) => (file.url
        ? <img key={file.hash} src={file.url} alt="" style={{ maxWidth: 160, maxHeight: 120, objectFit: 'contain', border: '1px solid #dcdce4' }} />
        : <Typography key={file.hash} variant="pi">{formatMessage({ id: t('changes.mediaGone'), defaultMessage: 'Tệp cũ đã được thay, không còn để xem' })}</Typography>))}
    </Flex>
  );
};

const Relations = ({ side }: { side: unknown }) => (
  <Typography variant="pi">{asList<RelationRef>(side).map((ref) => ref.title ?? ref.documentId).join(', ') || '—'}</Typography>
);

const Value = ({ side }: { side: unknown }) => (
  <Box tag="pre" padding={2} background="neutral100" hasRadius style={{ whiteSpace: 'pre-wrap', fontSize: 12, margin: 0, overflowX: 'auto' }}>
    {side === null || side === undefined ? '—' : typeof side === 'string' ? side : JSON.stringify(side, null, 2)}
  </Box>
);

/** One field of a comparison: words marked for text and blocks, both sides for the rest. */
export const FieldChange = ({ field }: { field: FieldComparison }) => {
  const { formatMessage } = useIntl();
  const before = formatMessage({ id: t('changes.before'), defaultMessage: 'Trước' });
  const after = formatMessage({ id: t('changes.after'), defaultMessage: 'Sau' });
  const sides = (render: (side: unknown) => React.ReactNode) => (
    <Flex gap={4} wrap="wrap" alignItems="flex-start">
      <Box style={{ flex: '1 1 12rem', minWidth: 0 }}><Typography variant="pi" textColor="neutral600">{before}</Typography>{render(field.before)}</Box>
      <Box style={{ flex: '1 1 12rem', minWidth: 0 }}><Typography variant="pi" textColor="neutral600">{after}</Typography>{render(field.after)}</Box>
    </Flex>
  );
  let body: React.ReactNode = null;
  if (field.parts) body = <Words parts={field.parts} />;
  else if (field.kind === 'media') {
    body = (
      <Flex gap={4} wrap="wrap" alignItems="flex-start">
        <Media side={field.before} label={before} />
        <Media side={field.after} label={after} />
      </Flex>
    );
  } else if (field.kind === 'relation') body = sides((side) => <Relations side={side} />);
  else if (field.changed) body = sides((side) => <Value side={side} />);
  else body = <Typography variant="pi" textColor="neutral600">{formatMessage({ id: t('changes.unchanged'), defaultMessage: 'Không đổi' })}</Typography>;
  return (
    <Box padding={3} hasRadius borderColor={field.changed ? 'warning200' : 'neutral200'} borderStyle="solid" borderWidth="1px" data-testid={`ew-field-${field.field}`}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral700" tag="h3">{field.label ?? field.field}</Typography>
        {body}
      </Flex>
    </Box>
  );
};
