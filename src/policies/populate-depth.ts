import { errors } from '@strapi/utils';

interface PolicyContext {
  request: { query?: Record<string, unknown> };
}

const MAX_DEPTH = 2;

/** The first rule a populate value breaks, or null: `*` only at the top, named relations two levels deep. */
function breach(populate: unknown, depth: number): string | null {
  if (populate === undefined || populate === null || populate === false) return null;
  if (depth > MAX_DEPTH) return `populate lồng quá ${MAX_DEPTH} cấp`;
  const names = typeof populate === 'string' ? populate.split(',') : Array.isArray(populate) ? populate.map(String) : null;
  if (names) return depth > 1 && names.includes('*') ? 'populate=* chỉ dùng được ở cấp đầu' : null;
  if (typeof populate !== 'object') return null;
  for (const [name, value] of Object.entries(populate as Record<string, unknown>)) {
    if (name === '*' && depth > 1) return 'populate=* chỉ dùng được ở cấp đầu';
    if (!value || typeof value !== 'object') continue;
    const { populate: nested, on } = value as { populate?: unknown; on?: Record<string, { populate?: unknown }> };
    const found = breach(nested, depth + 1) ?? Object.values(on ?? {}).map((c) => breach(c?.populate, depth + 1)).find(Boolean) ?? null;
    if (found) return found;
  }
  return null;
}

/**
 * Public reads populate at most two levels, and `*` only at the first: deep or wildcard populate is
 * the classic way to make Strapi slow (strapi#13288: 20 s) or to reach relations nobody meant to expose.
 */
export default (policyContext: PolicyContext): true => {
  const found = breach(policyContext.request.query?.populate, 1);
  if (found) {
    throw new errors.ValidationError(`Tham số populate không hợp lệ: ${found}. Hãy nêu tên từng quan hệ cần lấy, ví dụ populate[cover][populate]=image.`, {
      param: 'populate',
    });
  }
  return true;
};
