import { expect, test, type Page } from '@playwright/test';
import { answerAll, answers, choose, heading, openForm, pressContinue, resetServer } from './support/widget-journey.ts';

// On a 320 px wide phone: no horizontal scrolling on any page, and every control at least
// 24 by 24 px (WCAG 2.2 target size). Autocomplete on the tenant's own details.

test.use({ viewport: { width: 320, height: 640 } });

test.beforeEach(async ({ request }) => {
  await resetServer(request);
});

async function expectFits(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
  // Controls, not links inside sentences (WCAG 2.5.8 exempts those).
  const small = await page.locator('asb-report-form').evaluate((el) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, input, textarea, select, summary, a')]
      .filter((c) => !c.closest('p') && c.offsetParent !== null)
      .map((c) => ({ c, box: c.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ c, box }) => `${c.tagName} ${c.textContent?.trim() || (c as HTMLInputElement).name} ${box.width}x${box.height}`),
  );
  expect(small, `${where}: targets under 24px`).toEqual([]);
}

/** Pages with a required question: Continue on them empty shows the error summary. */
const REQUIRED = new Set([
  'Is anyone in immediate danger?',
  'What is happening?',
  'Do you think it is happening because of who you are?',
  'What has happened?',
  'How is it affecting you?',
  'Do you want to give your name and contact details?',
]);

test('every page, with its errors, fits 320 px and its controls are at least 24 px', async ({ page }) => {
  await openForm(page);
  await choose(page, 'Is anyone in immediate danger?', 'Yes');
  await expectFits(page, 'safety, with 999 shown');
  await page.reload();
  await answerAll(page, answers, async (title) => {
    if (REQUIRED.has(title)) {
      await pressContinue(page);
      await expect(page.locator('asb-report-form .error-summary')).toBeVisible();
    }
    await expectFits(page, title);
  });
  await expectFits(page, 'check answers');
  await page.getByRole('button', { name: 'Send report' }).click();
  await expect(heading(page)).toHaveText('Report sent');
  await expectFits(page, 'confirmation');
});

test('the tenant’s own details autocomplete; the reported person’s never do', async ({ page }) => {
  await openForm(page);
  await answerAll(page, answers, async (title) => {
    if (title === 'Do you know who is doing it? (optional)') {
      await choose(page, 'Do you know who is doing it?', 'Yes');
      await expect(page.getByLabel('Their name (optional)')).toHaveAttribute('autocomplete', 'off');
      await expect(page.getByLabel('Their address (optional)')).toHaveAttribute('autocomplete', 'off');
    }
    if (title === 'Do you want to give your name and contact details?') {
      await choose(page, title, 'Yes, give my details');
      await choose(page, 'How can we contact you?', 'Email', 'Phone call', 'Letter');
      await expect(page.getByLabel('Full name')).toHaveAttribute('autocomplete', 'name');
      await expect(page.getByLabel('Email address')).toHaveAttribute('autocomplete', 'email');
      await expect(page.getByLabel('Email address')).toHaveAttribute('type', 'email');
      await expect(page.getByLabel('Phone number')).toHaveAttribute('autocomplete', 'tel');
      await expect(page.getByLabel('Phone number')).toHaveAttribute('type', 'tel');
      await expect(page.getByLabel('Your address')).toHaveAttribute('autocomplete', 'street-address');
      await expect(page.getByLabel('Postcode')).toHaveAttribute('autocomplete', 'postal-code');
      await group(page).getByLabel('Phone call').uncheck();
      await group(page).getByLabel('Letter').uncheck();
    }
  });
});

const group = (page: Page) => page.getByRole('group', { name: /^How can we contact you\?/ });
