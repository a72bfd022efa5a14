import { expect, test, type Page } from '@playwright/test';
import {
  answerAll,
  answers,
  choose,
  expectAccessible,
  failNext,
  focused,
  group,
  heading,
  openForm,
  pressContinue,
  resetServer,
  stored,
} from './support/widget-journey.ts';

// Every error state: validation only on Continue, an error summary titled "There is a problem"
// that takes focus and links to each field, the same message by the field, answers kept, and
// nothing for axe to find.

const summary = (page: Page) => page.locator('asb-report-form .error-summary');

async function expectErrors(page: Page, messages: string[]): Promise<void> {
  await expect(summary(page)).toBeVisible();
  await expect(summary(page).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary(page).getByRole('link')).toHaveText(messages);
  await expect.poll(async () => (await focused(page)).text).toMatch(/^There is a problem/);
  for (const message of new Set(messages)) {
    // The same message, marked "Error:" for screen readers, by each field at fault.
    const byField = page.locator('asb-report-form .error-message', { hasText: message });
    await expect(byField).toHaveCount(messages.filter((m) => m === message).length);
    for (const one of await byField.all()) await expect(one).toContainText(`Error: ${message}`);
  }
  await expectAccessible(page);
}

/** Walks to a page with valid answers for the ones before it. */
async function goTo(page: Page, title: string): Promise<void> {
  await openForm(page);
  await answerAll(page, answers, async (t) => {
    if (t === title) throw new Arrived();
  }).catch((error: unknown) => {
    if (!(error instanceof Arrived)) throw error;
  });
  await expect(heading(page)).toHaveText(title);
}
class Arrived extends Error {}

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

test('1 safety: nothing chosen', async ({ page }) => {
  await openForm(page);
  await pressContinue(page);
  await expectErrors(page, ['Select yes if you or anyone else is in immediate danger']);
  // The link takes focus to the first radio.
  await summary(page).getByRole('link').first().click();
  expect(await focused(page)).toMatchObject({ type: 'radio', name: 'immediateDanger', text: 'Yes' });
});

test('1 safety: "Yes" shows 999, 101 and text relay, and the report can go on', async ({ page }) => {
  await openForm(page);
  await choose(page, 'Is anyone in immediate danger?', 'Yes');
  await expect(page.getByText('Call 999 now. If you cannot speak, press 55 when asked.')).toBeVisible();
  await expect(page.getByText(/Not an emergency: call 101/)).toBeVisible();
  await expect(page.getByText(/text 999 .* Relay UK/)).toBeVisible();
  await expectAccessible(page);
  await pressContinue(page);
  await expect(heading(page)).toHaveText('What is happening?');
});

test('2 what is happening: nothing chosen; noise without its kind', async ({ page }) => {
  await goTo(page, 'What is happening?');
  await pressContinue(page);
  await expectErrors(page, ['Select at least one type of behaviour']);
  await choose(page, 'What is happening?', 'Noise');
  await pressContinue(page);
  await expectErrors(page, ['Select what kind of noise it is']);
  await expect(group(page, 'What is happening?').getByLabel('Noise', { exact: true })).toBeChecked();
});

test('3 hate motive: nothing chosen; "No" clears the others', async ({ page }) => {
  await goTo(page, 'Do you think it is happening because of who you are?');
  await pressContinue(page);
  await expectErrors(page, ['Select why you think it is happening, or select ‘No, or I am not sure’']);
  const hate = group(page, 'Do you think it is happening because of who you are?');
  await hate.getByLabel('Disability').check();
  await hate.getByLabel('No, or I am not sure').check();
  await expect(hate.getByLabel('Disability')).not.toBeChecked();
  await hate.getByLabel('Something else').check();
  await expect(hate.getByLabel('No, or I am not sure')).not.toBeChecked();
  await expect(page.getByLabel('Tell us more (optional)')).toBeVisible();
});

test('4 what happened: every question unanswered, answers kept', async ({ page }) => {
  await goTo(page, 'What has happened?');
  await page.getByLabel('Where does it happen?').fill('The car park');
  await pressContinue(page);
  await expectErrors(page, [
    'Describe what happened',
    "Tell us when it started, or choose 'not sure'",
    'Select how often it happens',
    'Select whether it is still happening',
  ]);
  await expect(page.getByLabel('Where does it happen?')).toHaveValue('The car park');
  await summary(page).getByRole('link', { name: 'Describe what happened' }).click();
  expect(await focused(page)).toMatchObject({ tag: 'textarea', text: 'Describe what has happened' });
});

test('4 what happened: the date it started, missing, partial, not real, in the future', async ({ page }) => {
  await goTo(page, 'What has happened?');
  await page.getByLabel('Describe what has happened').fill('Loud music.');
  await choose(page, 'How often does it happen?', 'Every day');
  await page.getByLabel('Where does it happen?').fill('Upstairs');
  await choose(page, 'Is it still happening?', 'Yes');
  await choose(page, 'When did it start?', 'I know the date');
  const date = group(page, 'Date it started');

  await pressContinue(page);
  await expectErrors(page, ['Enter the date it started']);
  await summary(page).getByRole('link').click();
  expect(await focused(page)).toMatchObject({ tag: 'input', text: 'Day' });

  await date.getByLabel('Day').fill('12');
  await date.getByLabel('Year').fill('2026');
  await pressContinue(page);
  await expectErrors(page, ['The date it started must include a day, month and year']);

  await date.getByLabel('Day').fill('31');
  await date.getByLabel('Month').fill('2');
  await pressContinue(page);
  await expectErrors(page, ['The date it started must be a real date']);

  await date.getByLabel('Year').fill(String(new Date().getFullYear() + 1));
  await date.getByLabel('Day').fill('1');
  await pressContinue(page);
  await expectErrors(page, ['The date it started must be today or in the past']);

  await date.getByLabel('Year').fill('2025');
  await pressContinue(page);
  await expect(heading(page)).toHaveText('How is it affecting you?');
});

test('5 impact: the required questions', async ({ page }) => {
  await goTo(page, 'How is it affecting you?');
  await pressContinue(page);
  await expectErrors(page, ['Tell us how it is affecting you and your household', 'Select yes if you or anyone else is at risk of being harmed']);
  await page.getByRole('group', { name: /more vulnerable/ }).getByText('Why we ask').click();
  await expect(page.getByText(/So we can support you/)).toBeVisible();
  await expectAccessible(page);
});

test('6 the person reported is optional', async ({ page }) => {
  await goTo(page, 'Do you know who is doing it? (optional)');
  await pressContinue(page);
  await expect(heading(page)).toHaveText('Can you tell us about each time it happened?');
});

test('7 diary: optional, but an entry needs a date and what happened, and a time in 24-hour format', async ({ page }) => {
  await goTo(page, 'Can you tell us about each time it happened?');
  await page.getByRole('button', { name: 'Add an entry' }).click();
  await page.getByRole('button', { name: 'Add another entry' }).click();
  const first = group(page, 'Entry 1');
  await first.getByLabel('Time (optional)').fill('25:99');
  await pressContinue(page);
  await expectErrors(page, [
    'Enter the date of this entry',
    'Enter the time in 24-hour format, like 14:30',
    'Describe what happened',
    'Enter the date of this entry',
    'Describe what happened',
  ]);
  // Removing an entry removes its errors; the other keeps what was typed.
  await page.getByRole('button', { name: 'Remove entry 2' }).click();
  await expect(summary(page).getByRole('link')).toHaveCount(3);
  await expect(page.getByLabel('Time (optional)')).toHaveValue('25:99');
  await page.getByRole('button', { name: 'Remove entry 1' }).click();
  await pressContinue(page);
  await expect(heading(page)).toHaveText('Do you want to give your name and contact details?');
});

test('8 about you: unanswered, then contact details the chosen ways need', async ({ page }) => {
  await goTo(page, 'Do you want to give your name and contact details?');
  await pressContinue(page);
  // Sharing details is asked only of a tenant who gives them.
  await expectErrors(page, ['Select whether you want to report anonymously']);

  await choose(page, 'Do you want to give your name and contact details?', 'Yes, give my details');
  await pressContinue(page);
  await expectErrors(page, [
    'Enter your name, or choose to report anonymously',
    'Select at least one way we can contact you',
    'Select yes if we may share your details with the police or council where needed',
  ]);

  await page.getByLabel('Full name').fill('Sam');
  await choose(page, 'How can we contact you?', 'Email', 'Text message', 'Letter');
  await page.getByLabel('Email address').fill('sam@');
  await choose(page, 'Can we share your details', 'No');
  await pressContinue(page);
  await expectErrors(page, [
    'Enter an email address in the correct format, like name@example.com',
    'Enter your mobile phone number, as you chose to be contacted by text',
    'Enter your address, as you chose to be contacted by letter',
  ]);

  await choose(page, 'Do you want to give your name and contact details?', 'No, report anonymously');
  await expect(page.getByText(/we cannot contact you to ask for more/)).toBeVisible();
  await pressContinue(page);
  await expect(heading(page)).toHaveText('Check your answers before sending your report');
});

test('a report the server refuses (400) goes back to the question at fault, answers kept', async ({ page, request }) => {
  await openForm(page);
  await answerAll(page);
  await failNext(request, '400', 1);
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(heading(page)).toHaveText('What has happened?');
  await expectErrors(page, ['Tell us where it happens']);
  await expect(page.getByLabel('Where does it happen?')).toHaveValue('Flat 14, Elm Court');
  await pressContinue(page);
  await expect(heading(page)).toHaveText('Check your answers before sending your report');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(heading(page)).toHaveText('Report sent');
  expect((await stored(request)).reports).toHaveLength(1);
});
