import { escapeHtml } from '../../../src/lib/html';
import { percent } from './format';

export interface Bar {
  label: string;
  value: number | null;
}

/**
 * A horizontal bar chart of percentages as inline SVG (no script): one row per bar, its label above it and
 * the value written beside it, and a title/desc so screen readers get the same figures as the table that
 * follows it. No viewBox: the SVG is as wide as its box and the bars are percentages of it, so the text keeps
 * its 14 px on a phone instead of being scaled down with the drawing.
 */
export function barChartSvg(title: string, bars: Bar[]): string {
  const rowHeight = 46;
  const track = 78; // % of the width; the value is written after it
  const height = bars.length * rowHeight + 4;
  const rows = bars.map((bar, index) => {
    const y = index * rowHeight;
    const length = (((bar.value ?? 0) / 100) * track).toFixed(1);
    return (
      `<text x="0" y="${y + 16}">${escapeHtml(bar.label)}</text>` +
      `<rect x="0" y="${y + 22}" width="${track}%" height="18" fill="#e8eef5"/>` +
      `<rect x="0" y="${y + 22}" width="${length}%" height="18" fill="#1d4f91"/>` +
      `<text x="${track + 2}%" y="${y + 36}">${escapeHtml(percent(bar.value))}</text>`
    );
  });
  const desc = bars.map((bar) => `${bar.label}: ${percent(bar.value)}`).join('; ');
  return (
    `<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" width="100%" height="${height}" ` +
    `font-size="14" fill="#1a1a1a">` +
    `<title id="chart-title">${escapeHtml(title)}</title><desc id="chart-desc">${escapeHtml(desc)}</desc>${rows.join('')}</svg>`
  );
}
