'use strict';
// The staff accounts bench:scale signs in as: the super admin for the Content Manager, a board member for the queue.
module.exports = {
  PASSWORD: 'Bench-scale-2026',
  ACCOUNTS: [
    { email: 'admin@scale.bench', role: 'super-admin' },
    { email: 'board@scale.bench', role: 'ew-board' },
  ],
};
