import checkpoint from './checkpoint/schema.json';
import comment from './comment/schema.json';
import deputy from './deputy/schema.json';
import logEntry from './log-entry/schema.json';
import notification from './notification/schema.json';
import reviewState from './review-state/schema.json';
import setting from './setting/schema.json';
import siteMembership from './site-membership/schema.json';
import snapshot from './snapshot/schema.json';

export default {
  'review-state': { schema: reviewState },
  'log-entry': { schema: logEntry },
  notification: { schema: notification },
  checkpoint: { schema: checkpoint },
  snapshot: { schema: snapshot },
  comment: { schema: comment },
  deputy: { schema: deputy },
  setting: { schema: setting },
  'site-membership': { schema: siteMembership },
};
