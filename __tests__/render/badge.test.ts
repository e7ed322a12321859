import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BadgeColour, renderBadge } from '../../src/render/badge.js';
import type { PercentRounding } from '../../src/report/model.js';

interface BadgeCase {
  name: BadgeColour | 'sliver';
  percent: number;
  rounding: PercentRounding;
  minCoverage: number;
  target: number | null;
}

const dir = join(import.meta.dirname, '../../fixtures/badges');
const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as BadgeCase[];

test.each(cases.map((c) => [c.name, c] as const))(
  'the %s badge is byte-identical to the pinned one',
  async (_name, { name, percent, ...options }) => {
    // The pins were drawn before the badge learnt the gate's precision; 2 is the default.
    const badge = await renderBadge(percent, { ...options, precision: 2 });
    expect(Buffer.from(badge.svg)).toEqual(readFileSync(join(dir, `${name}.svg`)));
    expect(Buffer.from(badge.json)).toEqual(readFileSync(join(dir, `${name}.json`)));
    if (name !== 'sliver') expect(badge.colour).toBe(name);
  },
);
