import { describe, expect, it } from 'vitest';
import { policies } from '../../core/index.ts';
import { fallbackPolicy } from './fallback-policy.ts';

describe('fallbackPolicy', () => {
  it('is the core\'s model preset, as the side panel and options know it', () => {
    expect(fallbackPolicy()).toEqual(policies.model);
  });
});
