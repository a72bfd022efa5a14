import { expect, test, type Page } from '@playwright/test';
import { choose, heading, openForm, pressContinue, resetServer, WIDGET_BASE } from './support/widget-journey.ts';

// "Exit this page": a button at the top and Shift pressed three times, as GOV.UK's component does.
// It clears the form (and any draft), fires asb-exit, and replaces the page, so Back does not
// return to the form.

const EXIT_PAGE = `${WIDGET_BASE}/fixtures/exited.html`;

/** Records asb-exit across the navigation it causes. */
async function watchExit(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('asbSeen', (type: string) => seen.push(type));
  await page.addInitScript(() => {
    document.addEventListener('asb-exit', () => (window as unknown as { asbSeen: (t: string) => void }).asbSeen('asb-exit'));
  });
  return seen;
}

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

test('the Exit this page button replaces the page with exit-url and fires asb-exit', async ({ page }) => {
  const seen = await watchExit(page);
  await page.goto(`${EXIT_PAGE}?before`);
  await openForm(page);
  await choose(page, 'Is anyone in immediate danger?', 'No');
  await pressContinue(page);
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await page.waitForURL(EXIT_PAGE);
  expect(seen).toEqual(['asb-exit']);
  // The form's page was replaced, not added to: Back goes to the page before it.
  await page.goBack();
  expect(page.url()).toBe(`${EXIT_PAGE}?before`);
});

test('pressing Shift three times exits, even while typing in a field', async ({ page }) => {
  const seen = await watchExit(page);
  await openForm(page);
  await choose(page, 'Is anyone in immediate danger?', 'No');
  await pressContinue(page);
  await choose(page, 'What is happening?', 'Drunken behaviour');
  await pressContinue(page);
  await choose(page, 'Do you think it is happening because of who you are?', 'No, or I am not sure');
  await pressContinue(page);
  await page.getByLabel('Describe what has happened').click();
  await page.keyboard.type('They');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(EXIT_PAGE);
  expect(seen).toEqual(['asb-exit']);
});

test('Shift used for capital letters does not exit', async ({ page }) => {
  await openForm(page);
  await choose(page, 'Is anyone in immediate danger?', 'No');
  await pressContinue(page);
  await choose(page, 'What is happening?', 'Drunken behaviour');
  await pressContinue(page);
  await choose(page, 'Do you think it is happening because of who you are?', 'No, or I am not sure');
  await pressContinue(page);
  await page.getByLabel('Describe what has happened').click();
  // Three Shift presses, each with a letter: capitals, not an exit.
  for (const [capital, rest] of [['KeyS', 'am '], ['KeyA', 'nd '], ['KeyA', 'lex']]) {
    await page.keyboard.press(`Shift+${capital}`);
    await page.keyboard.type(rest!);
  }
  await expect(heading(page)).toHaveText('What has happened?');
  await expect(page.getByLabel('Describe what has happened')).toHaveValue('Sam And Alex');
});

test('without exit-url it goes to a neutral site', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await openForm(page, 'no-exit-url');
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
});

test('exit clears the saved draft', async ({ page }) => {
  await openForm(page, 'save-draft');
  await choose(page, 'Is anyone in immediate danger?', 'No');
  await pressContinue(page);
  await choose(page, 'What is happening?', 'Drunken behaviour');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await page.waitForURL(EXIT_PAGE);
  await openForm(page, 'save-draft');
  await expect(heading(page)).toHaveText('Is anyone in immediate danger?');
  await expect(page.getByLabel('No', { exact: true })).not.toBeChecked();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});
