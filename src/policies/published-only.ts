import { errors } from '@strapi/utils';

interface PolicyContext {
  // A copy of Koa's context: `query` is a prototype getter and not copied, `request.query` is.
  request: { query?: Record<string, unknown> };
  state: { auth?: { strategy?: { name?: string }; credentials?: { type?: string } } };
}

/**
 * Strapi 5 serves drafts to anyone who may read a type and asks `?status=draft`. Drafts are work in
 * progress under review: only a full-access API token (a trusted back-office tool) may read them.
 */
export default (policyContext: PolicyContext): true => {
  const status = policyContext.request.query?.status;
  if (status === undefined || status === 'published') return true;
  const { auth } = policyContext.state;
  if (auth?.strategy?.name === 'content-api-token' && auth.credentials?.type === 'full-access') return true;
  throw new errors.PolicyError('API công khai chỉ cung cấp nội dung đã đăng: bỏ tham số status hoặc dùng status=published.', {
    param: 'status',
  });
};
