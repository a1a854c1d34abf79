import { escapeHtml } from '../../../src/lib/html';
import { percent } from './format';

export interface Bar {
  label: string;
  value: number | null;
}

/**
 * A horizontal bar chart of percentages as inline SVG (no script): one row per bar, the value written
 * beside it, and a title/desc so screen readers get the same figures as the table that follows it.
 */
export function barChartSvg(title: string, bars: Bar[]): string {
  const rowHeight = 28;
  const labelWidth = 260;
  const barWidth = 300;
  const height = bars.length * rowHeight + 10;
  const width = labelWidth + barWidth + 70;
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight + 5;
    const length = Math.round(((bar.value ?? 0) / 100) * barWidth);
    return (
      `<text x="${labelWidth - 8}" y="${y + 18}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${barWidth}" height="18" fill="#e8eef5"/>` +
      `<rect x="${labelWidth}" y="${y + 4}" width="${length}" height="18" fill="#1d4f91"/>` +
      `<text x="${labelWidth + barWidth + 6}" y="${y + 18}">${escapeHtml(percent(bar.value))}</text>`
    );
  });
  const desc = bars.map((bar) => `${bar.label}: ${percent(bar.value)}`).join('; ');
  return (
    `<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="100%" ` +
    `preserveAspectRatio="xMinYMin meet" font-size="14" fill="#1a1a1a">` +
    `<title id="chart-title">${escapeHtml(title)}</title><desc id="chart-desc">${escapeHtml(desc)}</desc>${rows.join('')}</svg>`
  );
}
