import { DatePicker, Field } from '@strapi/design-system';
import { format } from 'date-fns';

interface Props {
  name: string;
  label: string;
  /** yyyy-mm-dd, or '' for none */
  value: string;
  onChange(value: string): void;
}

/**
 * A day chosen on a calendar and shown as dd/mm/yyyy whatever the browser's language is. The design
 * system's DatePicker reads its value's calendar day in UTC (and hands back local midnight): the day goes in
 * as UTC midnight, or a browser east of Greenwich would show the day before.
 */
export const DayField = ({ name, label, value, onChange }: Props) => {
  return (
    <Field.Root name={name}>
      <Field.Label>{label}</Field.Label>
      <DatePicker
        locale="vi-VN"
        value={value ? new Date(`${value}T00:00:00Z`) : undefined}
        onChange={(date: Date | undefined) => onChange(date ? format(date, 'yyyy-MM-dd') : '')}
        onClear={() => onChange('')}
        clearLabel="Xóa ngày"
      />
    </Field.Root>
  );
};
