import { limitBy, type LIMITS } from '../../../middlewares/rate-limit';

/**
 * The public site's forms for browsers without JavaScript: they post or go here and get a page back.
 * Each shares its per-client budget with the JSON route that does the same thing.
 */
const page = (budget: keyof typeof LIMITS) => ({ auth: false as const, middlewares: ['api::forms.html-page', limitBy(budget)] });

export default {
  routes: [
    { method: 'POST', path: '/forms/question', handler: 'forms.checkQuestion', config: page('question-form') },
    { method: 'POST', path: '/forms/question/confirm', handler: 'forms.confirmQuestion', config: page('question-ask') },
    { method: 'GET', path: '/forms/question-track', handler: 'forms.trackQuestion', config: page('question-track') },
    { method: 'GET', path: '/forms/dossier-lookup', handler: 'forms.lookupDossier', config: page('dossier-lookup') },
  ],
};
