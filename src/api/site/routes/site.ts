import { publishedReadRouter } from '../../../lib/core-router';

export default publishedReadRouter('api::site.site', ['find', 'findOne']);
