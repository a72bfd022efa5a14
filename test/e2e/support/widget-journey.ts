import { E2E_PORTS } from '../../e2e-ports.ts';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { StoredReport } from '../../../widget/intake/report-store.ts';
import { AXE_TAGS } from './axe.ts';

/** The widget test server (test/serve-widget.ts). */
export const WIDGET_BASE = `http://127.0.0.1:${E2E_PORTS.widget}`;
export { AXE_TAGS };

/** An empty store and no network faults. */
export async function resetServer(request: APIRequestContext): Promise<void> {
  expect((await request.post(`${WIDGET_BASE}/test/reset`)).ok()).toBe(true);
}

/** Makes the next `count` report POSTs fail (`503`, `drop`, `drop-after-store`, `400`, `delay`). */
export async function failNext(request: APIRequestContext, mode: string, count: number, ms = 0): Promise<void> {
  expect((await request.post(`${WIDGET_BASE}/test/faults?mode=${mode}&count=${count}&ms=${ms}`)).ok()).toBe(true);
}

/** Sets the intake's clock (an ISO date-time) until the next reset. */
export async function setClock(request: APIRequestContext, now: string): Promise<void> {
  expect((await request.post(`${WIDGET_BASE}/test/clock?now=${encodeURIComponent(now)}`)).ok()).toBe(true);
}

/** What the server has stored, and how many report POSTs reached it. */
export async function stored(request: APIRequestContext): Promise<{ posts: number; reports: StoredReport[] }> {
  return (await request.get(`${WIDGET_BASE}/test/reports`)).json();
}

export async function openForm(page: Page, fixture = 'index'): Promise<void> {
  await page.goto(`${WIDGET_BASE}/fixtures/${fixture}.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Records the widget's events (type and detail) in `window.asbEvents`, from before the page loads. */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const events: { type: string; detail: unknown }[] = [];
    (window as unknown as { asbEvents: typeof events }).asbEvents = events;
    for (const type of ['asb-step', 'asb-submitted', 'asb-exit']) {
      document.addEventListener(type, (e) => events.push({ type, detail: (e as Event & { detail?: unknown }).detail ?? null }));
    }
  });
}

export const events = (page: Page) =>
  page.evaluate(() => (window as unknown as { asbEvents: { type: string; detail: unknown }[] }).asbEvents);

/** Zero axe violations (WCAG 2.0-2.2 A and AA) inside the widget. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('asb-report-form').withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** The focused element, looking inside shadow roots: its tag and accessible text. */
export async function focused(page: Page): Promise<{ tag: string; text: string; type: string; name: string }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return { tag: '', text: '', type: '', name: '' };
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      text: (label || el.textContent || '').replace(/\s+/g, ' ').trim(),
      type: input.type ?? '',
      name: input.name ?? '',
    };
  });
}

/** The widget's page title, a heading of `level` (1 unless the page sets `heading-level`). */
export const heading = (page: Page, level = 1) => page.locator('asb-report-form').getByRole('heading', { level });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A fieldset by the start of its legend. */
export const group = (page: Page, legend: string) => page.getByRole('group', { name: new RegExp(`^${escape(legend)}`) });

export async function choose(page: Page, legend: string, ...options: string[]): Promise<void> {
  for (const option of options) await group(page, legend).getByLabel(option, { exact: true }).check();
}

export async function pressContinue(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** A valid set of answers, in the words on the screen; tests change what they need. */
export interface JourneyAnswers {
  danger: 'Yes' | 'No';
  behaviours: string[];
  noise?: string;
  hate: string[];
  description: string;
  started: { day: string; month: string; year: string } | { roughly: string } | 'not sure';
  frequency: string;
  location: string;
  still: string;
  impact: string;
  risk: 'Yes' | 'No';
  person?: { name?: string; description?: string; age?: string } | 'No';
  diary?: { day: string; month: string; year: string; time?: string; what: string; witnesses?: string }[];
  details: 'anonymous' | { name: string; methods: string[]; email?: string; phone?: string; address?: string; postcode?: string };
  /** Asked only of a tenant who gives their details. */
  share: 'Yes' | 'No';
}

export const answers: JourneyAnswers = {
  danger: 'No',
  behaviours: ['Noise', 'Swearing or insults'],
  noise: 'Loud or unusual noise, such as loud music, parties or shouting',
  hate: ['No, or I am not sure'],
  description: 'Very loud music and shouting from the flat above, most nights until 3am.',
  started: { roughly: 'about 3 weeks ago' },
  frequency: 'Several times a week',
  location: 'Flat 14, Elm Court',
  still: 'Yes',
  impact: 'I am getting three hours of sleep and my son is frightened.',
  risk: 'No',
  person: { description: 'A man in his 30s with short dark hair', age: '18 or over' },
  diary: [{ day: '2', month: '3', year: '2026', time: '23:40', what: 'Music so loud the light fitting rattled.', witnesses: 'Flat 12' }],
  details: { name: 'Jordan Ellis', methods: ['Email'], email: 'jordan.ellis@example.com' },
  share: 'Yes',
};

/** Answers pages 1 to 8 with the mouse-free Playwright API and arrives at check answers. */
/** Answers every page up to Check your answers; `level` is the page titles' heading level (`heading-level`). */
export async function answerAll(
  page: Page,
  a: JourneyAnswers = answers,
  onPage?: (title: string) => Promise<void>,
  level = 1,
): Promise<void> {
  const step = async (title: string, fill: () => Promise<void>) => {
    await expect(heading(page, level)).toHaveText(title);
    await onPage?.(title);
    await fill();
    await pressContinue(page);
  };
  await step('Is anyone in immediate danger?', () => choose(page, 'Is anyone in immediate danger?', a.danger));
  await step('What is happening?', async () => {
    await choose(page, 'What is happening?', ...a.behaviours);
    if (a.noise) await choose(page, 'What kind of noise is it?', a.noise);
  });
  await step('Do you think it is happening because of who you are?', () =>
    choose(page, 'Do you think it is happening because of who you are?', ...a.hate),
  );
  await step('What has happened?', async () => {
    await page.getByLabel('Describe what has happened').fill(a.description);
    if (a.started === 'not sure') await choose(page, 'When did it start?', 'I’m not sure');
    else if ('roughly' in a.started) {
      await choose(page, 'When did it start?', 'I know roughly when');
      await page.getByLabel('Roughly when did it start?').fill(a.started.roughly);
    } else {
      await choose(page, 'When did it start?', 'I know the date');
      const date = group(page, 'Date it started');
      await date.getByLabel('Day').fill(a.started.day);
      await date.getByLabel('Month').fill(a.started.month);
      await date.getByLabel('Year').fill(a.started.year);
    }
    await choose(page, 'How often does it happen?', a.frequency);
    await page.getByLabel('Where does it happen?').fill(a.location);
    await choose(page, 'Is it still happening?', a.still);
  });
  await step('How is it affecting you?', async () => {
    await page.getByLabel('How is it affecting you and your household?').fill(a.impact);
    await choose(page, 'Is anyone at risk of being harmed?', a.risk);
  });
  await step('Do you know who is doing it? (optional)', async () => {
    if (a.person === 'No') await choose(page, 'Do you know who is doing it?', 'No');
    else if (a.person) {
      await choose(page, 'Do you know who is doing it?', 'Yes');
      if (a.person.name) await page.getByLabel('Their name (optional)').fill(a.person.name);
      if (a.person.description) await page.getByLabel('What do they look like? (optional)').fill(a.person.description);
      if (a.person.age) await choose(page, 'How old are they?', a.person.age);
    }
  });
  await step('Can you tell us about each time it happened?', async () => {
    for (const [index, entry] of (a.diary ?? []).entries()) {
      await page.getByRole('button', { name: index === 0 ? 'Add an entry' : 'Add another entry' }).click();
      const box = group(page, `Entry ${index + 1}`);
      const date = box.getByRole('group', { name: /^Date/ });
      await date.getByLabel('Day').fill(entry.day);
      await date.getByLabel('Month').fill(entry.month);
      await date.getByLabel('Year').fill(entry.year);
      if (entry.time) await box.getByLabel('Time (optional)').fill(entry.time);
      await box.getByLabel('What happened', { exact: true }).fill(entry.what);
      if (entry.witnesses) await box.getByLabel('Who else saw or heard it? (optional)').fill(entry.witnesses);
    }
  });
  await step('Do you want to give your name and contact details?', async () => {
    const d = a.details;
    if (d === 'anonymous') await choose(page, 'Do you want to give your name and contact details?', 'No, report anonymously');
    else {
      await choose(page, 'Do you want to give your name and contact details?', 'Yes, give my details');
      await page.getByLabel('Full name').fill(d.name);
      await choose(page, 'How can we contact you?', ...d.methods);
      if (d.email) await page.getByLabel('Email address').fill(d.email);
      if (d.phone) await page.getByLabel('Phone number').fill(d.phone);
      if (d.address) await page.getByLabel('Your address').fill(d.address);
      if (d.postcode) await page.getByLabel('Postcode').fill(d.postcode);
      await choose(page, 'Can we share your details with the police or council if we need to?', a.share);
    }
  });
  await expect(heading(page, level)).toHaveText('Check your answers before sending your report');
}
