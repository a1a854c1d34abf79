import { publishedReadRouter } from '../../../lib/core-router';

export default publishedReadRouter('api::question.question');
