import { DatePicker, Field } from '@strapi/design-system';
import { format } from 'date-fns';

interface Props {
  name: string;
  label: string;
  /** yyyy-mm-dd, or '' for none */
  value: string;
  onChange(value: string): void;
}

/** A day chosen on a calendar and shown as dd/mm/yyyy whatever the browser's language is. */
export const DayField = ({ name, label, value, onChange }: Props) => {
  const [year, month, day] = value.split('-').map(Number);
  return (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <DatePicker
        locale="vi-VN"
        value={value ? new Date(year, month - 1, day) : undefined}
        onChange={(date: Date | undefined) => onChange(date ? format(date, 'yyyy-MM-dd') : '')}
        onClear={() => onChange('')}
      />
    </Field.Root>
  );
};
