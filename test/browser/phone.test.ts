/**
 * Lotse on a phone (390×844) in a real Chromium (only when LOTSE_CHROMIUM is set): after the
 * first job list at least 300 px of chat stay visible above the buttons, the cards fit the
 * screen, "Mehr" is offered, a card's «Inserat ansehen» opens the ad, line breaks of the summary
 * survive, and in English the widget's own strings are English. Screenshots go to
 * LOTSE_SCREENSHOTS when set.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { bubble, describeBrowser, lotseInChromium, openAsNewVisitor, tap, type } from '../support/chromium';
import { FLOW } from '../dialogs/support/flows';

const PHONE = { width: 390, height: 844 };
const shots = process.env.LOTSE_SCREENSHOTS;

async function screenshot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: path.join(shots, `act-${name}.png`) });
}

describeBrowser('Lotse on a phone, in Chromium', () => {
  jest.setTimeout(240_000);
  const running = lotseInChromium({ viewport: PHONE });


  /** Answers the standard flow by taps and typing, waiting for each question, up to the first jobs. */
  async function toFirstJobs(page: Page): Promise<void> {
    await openAsNewVisitor(page, `${running.app().url}/`);
    await page.locator('#lotse-webchat').scrollIntoViewIfNeeded();
    for (const step of FLOW) {
      await bubble(page, step.question).waitFor({ timeout: 60_000 });
      await step.answer({
        send: (text) => type(page, typeof text === 'string' ? text : ''),
        tap: (title) => tap(page, String(title)),
        text: () => '',
        buttons: () => [],
      });
    }
    await bubble(page, /Passende Stellen für dich/).waitFor({ timeout: 60_000 });
    // The summary keeps its lines (Markdown would join them into one paragraph).
    expect(await bubble(page, 'So sieht dein Profil aus').innerText()).toMatch(/So sieht dein Profil aus:\s*\n\s*Name: Lea\s*\n\s*Situation:/);
    await page.locator('.webchat__suggested-actions button', { hasText: 'Mehr' }).first().waitFor();
  }

  it('after the first jobs, the cards fit the screen, 300 px of chat stay visible, «Mehr» is offered and a card opens its ad', async () => {
    const page = await running.context().newPage();
    await toFirstJobs(page);
    await page.locator('.chat-card').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'phone-jobs');

    const transcript = await page.locator('.webchat__basic-transcript__scrollable').boundingBox();
    expect(transcript!.height).toBeGreaterThanOrEqual(300);
    const card = page.locator('.webchat__carousel-filmstrip-attachment').first();
    const box = await card.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);

    // The ad opens in a new tab (the demo employers' sites are answered here: the test runs offline).
    await running.context().route(/https:\/\/www\.[a-z0-9-]+\.example\.(ch|de)\/jobs\/.*/, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Inserat</title><h1>Das Inserat</h1>' }),
    );
    const opened = running.context().waitForEvent('page');
    await card.getByRole('button', { name: 'Inserat ansehen' }).click();
    const ad = await opened;
    await ad.waitForLoadState();
    const job = await running.app().db.prisma.jobPosting.findFirst({ where: { link: ad.url() } });
    expect(job?.link).toBe(ad.url());
    await ad.close();

    // A search typed in own words: the list follows at once.
    await type(page, 'lehrstelle elektroniker');
    await bubble(page, /Okay, ich suche: Elektroniker/).waitFor();
    await bubble(page, /Nur als Elektroniker/).waitFor();
    await page.locator('.webchat__bubble__content', { hasText: /Passende Stellen für dich/ }).nth(1).waitFor();
    await page.locator('.webchat__basic-transcript__scrollable').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await bubble(page, /Okay, ich suche: Elektroniker/).scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-search');
    await page.close();
  });

  it('in English, the widget\'s own strings are English too', async () => {
    const page = await running.context().newPage();
    await openAsNewVisitor(page, `${running.app().url}/`);
    await bubble(page, 'Ich bin Lotse').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-id="webchat-sendbox-input"]').getAttribute('placeholder')).toBe('Nachricht eingeben');
    await tap(page, 'English');
    await bubble(page, 'Do you agree?').waitFor();
    await page.locator('[data-id="webchat-sendbox-input"][placeholder="Type your message"]').waitFor();
    await page.locator('.webchat__stacked-layout__status', { hasText: 'Just now' }).last().waitFor();
    expect(await page.locator('#lotse-webchat').innerText()).not.toMatch(/Nachricht eingeben|Jetzt/);
    await screenshot(page, 'phone-english');
    await page.close();
  });
});
