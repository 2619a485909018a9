/**
 * The job board in a real Chromium on a phone-sized screen (only when LOTSE_CHROMIUM is set):
 * filter Lehrstellen near 4500, open one, and ask Lotse about it from the posting; the chat
 * opens with Lotse's answer about that posting. Screenshots go to /tmp/boards-*.png.
 */
import { describeBrowser, lotseInChromium } from '../support/chromium';

describeBrowser('the job board on a phone, in Chromium', () => {
  jest.setTimeout(120_000);
  const running = lotseInChromium({ viewport: { width: 390, height: 844 }, locale: 'de-CH' });

  it('filters Lehrstellen near 4500, opens one and asks Lotse about it', async () => {
    const page = await running.context().newPage();
    await page.goto(`${running.app().url}/jobs`);
    await page.getByLabel('PLZ oder Ort', { exact: true }).fill('4500');
    await page.getByText('Weitere Filter').click();
    await page.locator('select[name=kind]').selectOption('apprenticeship');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/kind=apprenticeship/);
    const metas = await page.locator('ul.hits .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain('Lehrstelle');
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/boards-list.png', fullPage: false });

    const title = (await page.locator('ul.hits li a').first().textContent())!;
    await page.locator('ul.hits li a').first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: '/tmp/boards-detail.png', fullPage: true });

    await page.getByRole('link', { name: 'Passt das zu mir? Frag Lotse' }).click();
    await page.locator('.webchat__bubble__content', { hasText: 'dafür brauche ich zuerst ein paar Angaben zu dir' }).waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('job')).toBeNull();
    await page.screenshot({ path: '/tmp/boards-chat.png' });
    await page.close();
  });
});
