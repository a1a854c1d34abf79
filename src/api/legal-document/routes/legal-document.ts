import { publishedReadRouter } from '../../../lib/core-router';

export default publishedReadRouter('api::legal-document.legal-document');
