const limit = (name: string, max: number, windowMs: number) => ({ name: 'global::rate-limit', config: { name, max, windowMs } });

/** The citizen's side of questions: anonymous, rate-limited per client. */
export default {
  routes: [
    {
      method: 'GET',
      path: '/questions/challenge',
      handler: 'question.challenge',
      config: { auth: false, middlewares: [limit('question-challenge', 30, 60_000)] },
    },
    {
      method: 'POST',
      path: '/questions',
      handler: 'question.ask',
      config: { auth: false, middlewares: [limit('question-ask', 5, 10 * 60_000)] },
    },
    {
      method: 'GET',
      path: '/questions/track/:code',
      handler: 'question.track',
      config: { auth: false, middlewares: [limit('question-track', 30, 60_000)] },
    },
    {
      method: 'POST',
      path: '/questions/track/:code/rating',
      handler: 'question.rate',
      config: { auth: false, middlewares: [limit('question-rate', 10, 60_000)] },
    },
  ],
};
