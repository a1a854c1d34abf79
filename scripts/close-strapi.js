'use strict';
// Strapi goes on working after a write has returned: the Document Service emits each entry's event after
// the commit without awaiting it (a deep populate: many queries), and the response cache notifies the
// other instances. Destroying the pool under that work fails it ("Error: aborted", or a KnexTimeoutError
// a minute later) and a script that wrote everything exits non-zero. Waits for the pool to be idle first.
const QUIET_MS = 300;
const MAX_WAIT_MS = 120_000;

async function closeStrapi(strapi) {
  const pool = strapi.db?.connection?.client?.pool;
  if (pool) {
    const busy = () => pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
    const deadline = Date.now() + MAX_WAIT_MS;
    let quietSince = Date.now();
    while (Date.now() < deadline && Date.now() - quietSince < QUIET_MS) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (busy()) quietSince = Date.now();
    }
  }
  await strapi.destroy();
}

module.exports = { closeStrapi };
