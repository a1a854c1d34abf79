import { publishedReadRouter } from '../../../lib/core-router';

export default publishedReadRouter('api::work-schedule.work-schedule');
