'use strict';
// The date-sensitive suites again on a clock fixed where Hà Nội and UTC disagree on the day: 23:30 and
// 00:30 Hà Nội (tests/fixed-clock.js shifts Date from TEST_NOW). Extra arguments go to Jest; "{at}" in them
// becomes the run's label (CI: --json --outputFile=.tmp/jest-clock-{at}.json).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const SUITES = [
  'tests/unit/dates.test.ts',
  'tests/workflow/calendar.test.ts',
  'tests/workflow/schedule.test.ts',
  'tests/workflow/stats.test.ts',
  'tests/workflow/editorial-calendar.test.ts',
  'tests/workflow/question-life.test.ts',
  'tests/workflow/settings.test.ts',
];
// The question flood (1,200 requests) has no date in it: not run again.
const SKIP = ['--testNamePattern', '^(?!a flood of questions)'];
const INSTANTS = { '2330': '2026-12-01T16:30:00Z', '0030': '2026-12-01T17:30:00Z' };

const jest = require.resolve('jest/bin/jest');
let failed = false;
for (const [at, instant] of Object.entries(INSTANTS)) {
  process.stdout.write(`\n== date-sensitive suites at ${at.slice(0, 2)}:${at.slice(2)} Hà Nội (TEST_NOW=${instant})\n`);
  const args = process.argv.slice(2).map((arg) => arg.replaceAll('{at}', at));
  const run = spawnSync(process.execPath, [jest, ...SUITES, ...SKIP, ...args], {
    cwd: path.join(__dirname, '..'), env: { ...process.env, TEST_NOW: instant }, stdio: 'inherit',
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
