import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { GENERATED, generateTypes } from '../scripts/gen-types';

it('the site\'s content types match the CMS\'s schemas (run `npm run types` after a schema change)', () => {
  assert.equal(readFileSync(GENERATED, 'utf8'), generateTypes());
});
