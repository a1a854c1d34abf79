import { viDate } from '../../../lib/dates';
import { html, type SafeHtml } from '../../../lib/html';
import { CONSENT_LABEL, CONTACT_HINT, HONEYPOT_LABEL, QUESTION_FIELDS, type QuestionField } from '../../../lib/question-form';
import { problem } from './layout';

/** The form as it was sent: every value kept, so that a refusal never costs the citizen their text. */
export type FormValues = Partial<Record<QuestionField['name'] | 'consentToPublish', string>>;

export const ASK_PATH = '/api/forms/question';
export const CONFIRM_PATH = '/api/forms/question/confirm';
export const TRACK_PATH = '/api/forms/question-track';

function control(field: QuestionField, value: string, error: string | undefined): SafeHtml {
  const described = error ? `${field.name}-loi` : undefined;
  const common = html`id="${field.name}" name="${field.name}" maxlength="${field.maxLength}"${field.minLength ? html` minlength="${field.minLength}"` : ''}${field.required ? html` required` : ''}${field.autocomplete ? html` autocomplete="${field.autocomplete}"` : ''}${described ? html` aria-describedby="${described}" aria-invalid="true"` : ''}`;
  const input = field.input === 'textarea'
    ? html`<textarea ${common} rows="8">${value}</textarea>`
    : html`<input ${common} type="${field.input}" value="${value}">`;
  return html`<p><label for="${field.name}">${field.label}${field.required ? ' (bắt buộc)' : ''}</label>${error ? html`<span class="field-error" id="${described}">${error}</span>` : ''}${input}</p>${field.name === 'email' ? html`<p class="hint">${CONTACT_HINT}</p>` : ''}`;
}

/** The question form, filled with what was sent and each refusal beside its field. */
export function questionForm(values: FormValues, message: string | null, byField: Record<string, string> = {}): SafeHtml {
  return html`<h1>Gửi câu hỏi</h1>
${problem(message)}
<form class="form" action="${ASK_PATH}" method="post">
${QUESTION_FIELDS.map((field) => control(field, values[field.name] ?? '', byField[field.name]))}
<p><input id="consent" name="consentToPublish" type="checkbox" value="true"${values.consentToPublish === 'true' ? html` checked` : ''}> <label for="consent">${CONSENT_LABEL}</label></p>
<p class="hp" aria-hidden="true"><label for="website">${HONEYPOT_LABEL}</label><input id="website" name="website" tabindex="-1" autocomplete="off"></p>
<p><button type="submit">Tiếp tục</button></p>
</form>`;
}

/** "Check your question": what will be sent, one button to send it and one to change it. */
export function confirmPage(values: FormValues, token: string, message: string | null): SafeHtml {
  const shown = QUESTION_FIELDS.filter((field) => values[field.name]);
  return html`<h1>Kiểm tra lại câu hỏi</h1>
${problem(message)}
<p>Câu hỏi chưa được gửi. Hãy đọc lại rồi bấm <strong>Gửi câu hỏi</strong>, hoặc <strong>Sửa lại</strong> để thay đổi.</p>
<dl class="facts">
${shown.map((field) => html`<dt>${field.label}</dt><dd class="pre">${values[field.name]}</dd>`)}
<dt>Công khai</dt><dd>${values.consentToPublish === 'true' ? 'Đồng ý công khai câu hỏi và trả lời (không kèm tên, liên hệ)' : 'Không công khai'}</dd>
</dl>
<form class="form" action="${CONFIRM_PATH}" method="post">
${QUESTION_FIELDS.map((field) => html`<input type="hidden" name="${field.name}" value="${values[field.name] ?? ''}">`)}
<input type="hidden" name="consentToPublish" value="${values.consentToPublish === 'true' ? 'true' : 'false'}">
<input type="hidden" name="confirmation" value="${token}">
<p><button type="submit">Gửi câu hỏi</button> <button type="submit" formaction="${ASK_PATH}" name="edit" value="1">Sửa lại</button></p>
</form>`;
}

/** The tracking code, to write down or read aloud, and the legal due date of the answer. */
export function sentPage(trackingCode: string, dueAt: string): SafeHtml {
  return html`<h1>Đã gửi câu hỏi</h1>
<p>Mã tra cứu của bạn: <strong id="tracking-code">${trackingCode}</strong></p>
<p>Hạn trả lời: ${viDate(dueAt)}. Hãy ghi lại mã để tra cứu.</p>
<p><a href="${TRACK_PATH}?ma=${encodeURIComponent(trackingCode)}">Tra cứu câu hỏi này</a></p>`;
}
