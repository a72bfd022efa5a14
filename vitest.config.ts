import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'widget/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'test/*.test.ts'],
    environment: 'node',
  },
});
