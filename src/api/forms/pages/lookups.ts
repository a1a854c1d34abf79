import { DOSSIER_STATUS_LABELS, QUESTION_STATUS_LABELS } from '../../../lib/citizen-labels';
import { viDate } from '../../../lib/dates';
import { html, type SafeHtml } from '../../../lib/html';
import { blocksText } from '../../../lib/blocks-text';
import type { Tracked } from '../../question/services/citizen';
import type { DossierLookup } from '../../dossier/services/dossier';
import { TRACK_PATH } from './question';
import { problem } from './layout';

export const DOSSIER_PATH = '/api/forms/dossier-lookup';

const facts = (rows: Array<[string, string]>): SafeHtml =>
  html`<dl class="facts">${rows.filter(([, value]) => value).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;

function lookupForm(action: string, label: string, code: string, maxLength: number): SafeHtml {
  return html`<form class="form" action="${action}" method="get">
  <label for="ma">${label}</label>
  <input id="ma" name="ma" required maxlength="${maxLength}" autocomplete="off" value="${code}">
  <button type="submit">Tra cứu</button>
</form>`;
}

/** Where a question stands and its published answer; never who asked. */
export function trackPage(code: string, tracked: Tracked | null, message: string | null): SafeHtml {
  const answer = tracked ? blocksText(tracked.answer).split('\n').filter(Boolean) : [];
  return html`<h1>Tra cứu câu hỏi đã gửi</h1>
${lookupForm(TRACK_PATH, 'Mã tra cứu (dạng HD-XXXX-XXXX)', code, 20)}
${problem(message)}
${tracked ? html`<section aria-labelledby="ket-qua"><h2 id="ket-qua">${tracked.title}</h2>
${facts([['Mã tra cứu', tracked.trackingCode], ['Tình trạng', QUESTION_STATUS_LABELS[tracked.status] ?? tracked.status], ['Ngày nhận', viDate(tracked.receivedAt)], ['Hạn trả lời', viDate(tracked.dueAt)], ['Ngày trả lời', viDate(tracked.answeredAt)]])}
${answer.length > 0 ? html`<h3>Trả lời</h3>${answer.map((line) => html`<p>${line}</p>`)}` : ''}</section>` : ''}`;
}

/** The five public facts of a dossier. */
export function dossierPage(code: string, dossier: DossierLookup | null, message: string | null): SafeHtml {
  return html`<h1>Tra cứu hồ sơ thủ tục hành chính</h1>
${lookupForm(DOSSIER_PATH, 'Mã hồ sơ (in trên giấy tiếp nhận)', code, 64)}
${problem(message)}
${dossier ? html`<section aria-labelledby="ket-qua"><h2 id="ket-qua">Hồ sơ ${dossier.code}</h2>
${facts([['Thủ tục', dossier.procedureName], ['Tình trạng', DOSSIER_STATUS_LABELS[dossier.status] ?? dossier.status], ['Ngày nhận', viDate(dossier.receivedAt)], ['Ngày hẹn trả', viDate(dossier.dueAt)], ['Ngày trả kết quả', viDate(dossier.returnedAt)]])}</section>` : ''}`;
}
