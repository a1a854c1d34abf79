import { limitBy } from '../../../middlewares/rate-limit';

/** The citizen's side of questions: anonymous, rate-limited per client. */
export default {
  routes: [
    { method: 'GET', path: '/questions/challenge', handler: 'question.challenge', config: { auth: false, middlewares: [limitBy('question-challenge')] } },
    { method: 'POST', path: '/questions', handler: 'question.ask', config: { auth: false, middlewares: [limitBy('question-ask')] } },
    { method: 'GET', path: '/questions/track/:code', handler: 'question.track', config: { auth: false, middlewares: [limitBy('question-track')] } },
    { method: 'POST', path: '/questions/track/:code/rating', handler: 'question.rate', config: { auth: false, middlewares: [limitBy('question-rate')] } },
  ],
};
