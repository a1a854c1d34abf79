import { newTrackingCode, normalizeTrackingCode, TRACKING_CODE_PATTERN } from '../../src/lib/tracking-code';

describe('tracking codes', () => {
  it('are unique across 10,000 questions and easy to read aloud', () => {
    const codes = new Set(Array.from({ length: 10_000 }, newTrackingCode));
    expect(codes.size).toBe(10_000);
    for (const code of codes) expect(code).toMatch(TRACKING_CODE_PATTERN);
    expect([...codes].join('')).not.toMatch(/[ILOU]/);
  });

  it.each([
    ['hd-7k3m-q9xz', 'HD-7K3M-Q9XZ'],
    ['HD 7K3M Q9XZ', 'HD-7K3M-Q9XZ'],
    ['hd7k3mq9xz', 'HD-7K3M-Q9XZ'],
    ['HD-7K3M-QOXZ', 'HD-7K3M-Q0XZ'],
    ['HD-7KLM-Q9XI', 'HD-7K1M-Q9X1'],
  ])('%s is read as %s', (typed, code) => expect(normalizeTrackingCode(typed)).toBe(code));
});
