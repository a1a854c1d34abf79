import { publishedReadRouter } from '../../../lib/core-router';

// Citizens ask through POST /api/questions (routes/01-citizen.ts); staff work in the admin panel.
export default publishedReadRouter('api::question.question', ['find', 'findOne']);
