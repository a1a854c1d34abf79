import { publishedReadRouter } from '../../../lib/core-router';

export default publishedReadRouter('api::contributor-unit.contributor-unit');
