import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report.ts';
import { sampleReport } from './sample-report.ts';

describe('sampleReport', () => {
  it('is a valid report from its last diary date on', () => {
    expect(parseReport(sampleReport, { today: '2026-03-07' })).toEqual(sampleReport);
  });

  it('uses neutral words (never "victim" or "perpetrator")', () => {
    expect(JSON.stringify(sampleReport)).not.toMatch(/victim|perpetrator/i);
  });
});
