import { publishedReadRouter } from '../../../lib/core-router';

export default publishedReadRouter('api::dossier-report.dossier-report');
