/**
 * The ports of the end-to-end test servers. `E2E_PORT_BASE` (default 4300) moves them all together,
 * so two copies of the repository can run their browser tests on one machine at once.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 4300);

export const E2E_PORTS = {
  /** test/serve-fixtures.ts: the fictional host systems. */
  fixtures: base + 10,
  /** test/serve-widget.ts: pages embedding the built widget, and a test intake. */
  widget: base + 20,
  /** scripts/demo/main.ts: the demo, as `npm run demo` serves it. */
  demo: base + 30,
} as const;
