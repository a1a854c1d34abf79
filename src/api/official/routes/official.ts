import { publishedReadRouter } from '../../../lib/core-router';

export default publishedReadRouter('api::official.official');
