'use strict';
// TEST_NOW (an ISO instant) starts the wall clock of every test file there, running on in real time (jest's
// `setupFiles`). Strapi runs in the test's process, so server and test read the same clock. `Date` is
// replaced by a function that only shifts "now": subclasses (@date-fns/tz's TZDate) and parsing stay native.
const RealDate = Date;

/** Shifts the process's clock so that "now" is `start` (ms), running on in real time. */
function shiftClockTo(start) {
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return Reflect.construct(RealDate, args.length > 0 ? args : [now()], new.target);
  }
  Object.setPrototypeOf(ShiftedDate, RealDate);
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = now;
  globalThis.Date = ShiftedDate;
}

const fixed = process.env.TEST_NOW;
if (fixed) {
  const start = RealDate.parse(fixed);
  if (Number.isNaN(start)) throw new Error(`TEST_NOW is no date: ${fixed}`);
  shiftClockTo(start);
}

module.exports = { shiftClockTo };
