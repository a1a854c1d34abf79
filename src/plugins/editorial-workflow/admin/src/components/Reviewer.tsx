import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { refreshDocument } from '../documentStore';
import { PLUGIN_ID, t } from '../pluginId';
import { errorMessage, type Assignee } from '../types';

/** The choice that takes the item back (an empty value would show beside the select's placeholder). */
const NOBODY = 'nobody';

interface Props {
  model: string;
  documentId: string;
  locale?: string | null;
  reviewer: Assignee | null;
  /** The person may give the item to a board member now (a board member, the item waiting for review or publication). */
  mayAssign: boolean;
}

/**
 * "Giao cho": the board gives the item to one of its members (services/workflow.ts assignReviewer). Shown
 * to everyone as a line; the choice only to board members while the item waits (`mayAssign` from the server).
 */
export const Reviewer = ({ model, documentId, locale, reviewer, mayAssign }: Props) => {
  const { formatMessage } = useIntl();
  const { get, put } = useFetchClient();
  const [options, setOptions] = React.useState<Assignee[] | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
  const base = `/${PLUGIN_ID}/documents/${model}/${documentId}`;
  React.useEffect(() => {
    if (!mayAssign) return;
    let current = true;
    get<{ data: Assignee[] }>(`${base}/reviewers${query}`)
      .then((response) => current && setOptions(response.data.data))
      .catch(() => current && setOptions(null));
    return () => {
      current = false;
    };
  }, [base, query, mayAssign]);
  const label = formatMessage({ id: t('reviewer.label'), defaultMessage: 'Giao cho' });
  if (!options) {
    return reviewer ? <Typography variant="pi">{label}: {reviewer.name}</Typography> : null;
  }
  const choose = async (value: string) => {
    setProblem(null);
    try {
      await put(`${base}/reviewer`, { reviewerId: value === NOBODY ? null : Number(value), ...(locale ? { locale } : {}) });
      await refreshDocument(model, documentId, locale);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="ew-reviewer">
      <Field.Root name="reviewerId">
        <Field.Label>{label}</Field.Label>
        <SingleSelect value={reviewer ? String(reviewer.id) : NOBODY} onChange={(value: string | number) => choose(String(value))}>
          <SingleSelectOption value={NOBODY}>{formatMessage({ id: t('reviewer.none'), defaultMessage: 'Chưa giao cho ai' })}</SingleSelectOption>
          {options.map((person) => <SingleSelectOption key={person.id} value={String(person.id)}>{person.label}</SingleSelectOption>)}
        </SingleSelect>
      </Field.Root>
      {problem ? <Typography variant="pi" textColor="danger600" role="alert">{problem}</Typography> : null}
    </Flex>
  );
};
