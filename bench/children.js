'use strict';
// The benchmarks' child processes: a script under bench/ forked until it says it is ready (an IPC message),
// and stopped with SIGTERM.
const { fork } = require('node:child_process');
const path = require('node:path');
const { ROOT } = require('./strapi-env');

/** Resolves with the child and the seconds it took to be ready; rejects if it exits first. */
function start(script, args, env) {
  const started = process.hrtime.bigint();
  const child = fork(path.join(__dirname, script), args, { env, cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve({ child, seconds: Number(process.hrtime.bigint() - started) / 1e9 }));
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

module.exports = { start, stop };
