'use strict';
// Child process: the reference a cache cannot beat, a bare Koa server returning the same JSON bodies.
const fs = require('node:fs');
const Koa = require('koa');

const bodies = new Map(Object.entries(JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))));
const app = new Koa();
app.use((ctx) => {
  const body = bodies.get(ctx.url);
  if (body === undefined) return;
  ctx.type = 'application/json';
  ctx.body = body;
});
app.listen(Number(process.env.PORT), () => process.send?.('ready'));
