import { expect, test, type Page } from '@playwright/test';
import { focused, openForm, resetServer, setClock, stored } from './support/widget-journey.ts';

// The whole journey with the keyboard alone: Tab, Shift+Tab, arrows, Space, Enter and typing.
// The test looks at what has focus to know how far to Tab, as a sighted keyboard user would.

type Focus = Awaited<ReturnType<typeof focused>>;

async function tabTo(page: Page, wanted: (f: Focus) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (wanted(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Tabs into a radio group and arrows to an option (arrows also select it). */
async function radio(page: Page, name: string, label: string): Promise<void> {
  await tabTo(page, (f) => f.type === 'radio' && f.name === name, `the radios ${name}`);
  for (let i = 0; i < 10; i++) {
    if ((await focused(page)).text === label) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${label} in ${name}`);
}

async function checkbox(page: Page, label: string): Promise<void> {
  await tabTo(page, (f) => f.type === 'checkbox' && f.text === label, `the checkbox ${label}`);
  await page.keyboard.press('Space');
}

async function type(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, (f) => f.text === label && (f.tag === 'input' || f.tag === 'textarea'), `the field ${label}`);
  await page.keyboard.type(text);
}

async function press(page: Page, button: string): Promise<void> {
  await tabTo(page, (f) => f.tag === 'button' && f.text === button, `the button ${button}`);
  await page.keyboard.press('Enter');
}

async function expectHeadingFocused(page: Page, text: string): Promise<void> {
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text });
}

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

test('the full journey works with the keyboard alone', async ({ page, request }) => {
  // Received Friday 4 December 2026.
  await setClock(request, '2026-12-04T10:00:00Z');
  await openForm(page);

  await radio(page, 'immediateDanger', 'No');
  await press(page, 'Continue');
  await expectHeadingFocused(page, 'What is happening?');

  await checkbox(page, 'Harassment or intimidation');
  await checkbox(page, 'Noise');
  await radio(page, 'noiseKind', 'Loud or unusual noise, such as loud music, parties or shouting');
  await press(page, 'Continue');
  await expectHeadingFocused(page, 'Do you think it is happening because of who you are?');

  await checkbox(page, 'Religion or belief');
  await press(page, 'Continue');
  await expectHeadingFocused(page, 'What has happened?');

  await type(page, 'Describe what has happened', 'They shout abuse at me on the stairs and play loud music at night.');
  await radio(page, 'startedKind', 'I know the date');
  await type(page, 'Day', '1');
  await type(page, 'Month', '2');
  await type(page, 'Year', '2026');
  await radio(page, 'frequency', 'Every day');
  await type(page, 'Where does it happen?', 'The stairwell at Elm Court');
  await radio(page, 'stillHappening', 'Yes');
  await press(page, 'Continue');
  await expectHeadingFocused(page, 'How is it affecting you?');

  await type(page, 'How is it affecting you and your household?', 'I am scared to leave my flat.');
  await radio(page, 'riskOfHarm', 'Yes');
  await checkbox(page, 'A disability');
  await press(page, 'Continue');
  await expectHeadingFocused(page, 'Do you know who is doing it? (optional)');

  await radio(page, 'knowsPerson', 'No');
  await press(page, 'Continue');
  await expectHeadingFocused(page, 'Can you tell us about each time it happened?');

  await press(page, 'Add an entry');
  // Focus goes to the new entry's first field.
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', text: 'Day' });
  await page.keyboard.type('3');
  await type(page, 'Month', '2');
  await type(page, 'Year', '2026');
  await type(page, 'What happened', 'Shouting outside my door at midnight.');
  await press(page, 'Continue');
  await expectHeadingFocused(page, 'Do you want to give your name and contact details?');

  await radio(page, 'giveDetails', 'Yes, give my details');
  await type(page, 'Full name', 'Sam Okafor');
  await checkbox(page, 'Phone call');
  await type(page, 'Phone number', '07700 900 982');
  await radio(page, 'consentToShare', 'No');
  await press(page, 'Continue');
  await expectHeadingFocused(page, 'Check your answers before sending your report');

  // Change an answer and come back, still by keyboard.
  await tabTo(page, (f) => f.tag === 'button' && f.text === 'Change Is it still happening?', 'Change');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, 'What has happened?');
  await radio(page, 'stillHappening', 'I’m not sure');
  await press(page, 'Continue');
  await expectHeadingFocused(page, 'Check your answers before sending your report');

  await press(page, 'Send report');
  await expectHeadingFocused(page, 'Report sent');

  const { reports } = await stored(request);
  expect(reports).toHaveLength(1);
  expect(reports[0]!.report).toMatchObject({
    behaviours: ['harassment', 'noise-excessive'],
    perceivedHate: ['religion'],
    started: { kind: 'date', date: '2026-02-01' },
    stillHappening: 'not-sure',
    riskOfHarm: true,
    vulnerabilities: ['disability'],
    reportedPerson: { known: false },
    diary: [{ date: '2026-02-03', whatHappened: 'Shouting outside my door at midnight.' }],
    reporter: { anonymous: false, name: 'Sam Okafor', phone: '07700 900 982', contactMethods: ['phone'] },
    consentToShare: false,
  });
  // A perceived hate motive makes it a hate incident: Plus Dane's Level 1, 1 working day after
  // Friday 4 December 2026; and it says how to report a hate crime.
  await expect(page.getByText('We aim to contact you by Monday 7 December 2026.', { exact: true })).toBeVisible();
  await expect(page.getByText('You can also report a hate crime or hate incident to the police: call 101, or 999 in an emergency.')).toBeVisible();
});
