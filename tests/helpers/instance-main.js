'use strict';
// One Strapi instance in a process of its own (tests/helpers/instances.ts), listening on PORT.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const ROOT = path.join(__dirname, '..', '..');

(async () => {
  const strapi = createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.start();
  process.on('message', async ({ command, title, text, plugin, service, method, args }) => {
    if (command === 'service') {
      // A plugin service's method, called in this instance (scheduled jobs run from two at once, say).
      try {
        const result = await strapi.plugin(plugin).service(service)[method](...(args ?? []));
        process.send({ result: result ?? null });
      } catch (error) {
        process.send({ error: String(error) });
      }
    }
    if (command === 'stop') {
      await strapi.destroy();
      process.exit(0);
    }
    if (command === 'publish') {
      // An article published through the workflow's system path, in this instance.
      const { documentId } = await strapi.documents('api::article.article').create({
        data: { title, summary: text, body: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
      });
      await strapi.plugin('editorial-workflow').service('workflow').publishAsImport({ uid: 'api::article.article', documentId }, 'test');
      process.send({ documentId });
    }
    if (command === 'verify-log') {
      process.send(await strapi.plugin('editorial-workflow').service('checkpoints').verify());
    }
  });
  // An admin account with one of the workflow's roles, for tests that log in over HTTP.
  process.on('message', async ({ command, role, email, password }) => {
    if (command !== 'createStaff') return;
    const roleRow = await strapi.db.query('admin::role').findOne({ where: { code: role } });
    await strapi.service('admin::user').create({
      email, firstname: 'Thử', lastname: role, password, isActive: true, registrationToken: null, roles: [roleRow.id],
    });
    process.send({ created: email });
  });
  process.send({ ready: true });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
