/**
 * The question form's fields: one list for the API's validation messages, the public site's form and the
 * CMS's own page for browsers without JavaScript, so that a label or a limit is said in one place.
 */
export interface QuestionField {
  name: 'name' | 'phone' | 'email' | 'address' | 'title' | 'question';
  label: string;
  required: boolean;
  minLength?: number;
  maxLength: number;
  input: 'text' | 'tel' | 'email' | 'textarea';
  autocomplete?: string;
}

export const QUESTION_FIELDS: QuestionField[] = [
  { name: 'name', label: 'Họ và tên', required: true, minLength: 2, maxLength: 150, input: 'text', autocomplete: 'name' },
  { name: 'phone', label: 'Số điện thoại', required: false, maxLength: 15, input: 'tel', autocomplete: 'tel' },
  { name: 'email', label: 'Thư điện tử', required: false, maxLength: 200, input: 'email', autocomplete: 'email' },
  { name: 'address', label: 'Địa chỉ', required: false, maxLength: 300, input: 'text', autocomplete: 'address-line1' },
  { name: 'title', label: 'Tiêu đề', required: true, minLength: 5, maxLength: 250, input: 'text' },
  { name: 'question', label: 'Nội dung câu hỏi', required: true, minLength: 10, maxLength: 5000, input: 'textarea' },
];

export const CONTACT_HINT = 'Cần số điện thoại hoặc thư điện tử để nhận trả lời. Thông tin cá nhân không được công khai.';
export const CONSENT_LABEL = 'Đồng ý công khai câu hỏi và trả lời (không công khai tên và liên hệ)';
export const HONEYPOT_LABEL = 'Để trống ô này';

export const questionField = (name: QuestionField['name']): QuestionField =>
  QUESTION_FIELDS.find((field) => field.name === name) as QuestionField;
