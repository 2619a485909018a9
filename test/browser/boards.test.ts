/**
 * The job board in a real Chromium on a phone-sized screen (only when LOTSE_CHROMIUM is set):
 * filter Lehrstellen near 4500, open one, and ask Lotse about it from the posting; the chat
 * opens with Lotse's answer about that posting. Screenshots go to /tmp/boards-*.png.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describeBrowser, lotseInChromium } from '../support/chromium';

/** Lotse's answer in the chat, once it is there. */
const answer = (page: Page, text: string) => page.locator('.webchat__bubble__content', { hasText: text }).first().waitFor({ timeout: 60_000 });

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

  it('asks Lotse about a training from its page on the training board', async () => {
    const page = await running.context().newPage();
    const training = await running.app().db.prisma.training.findFirstOrThrow();
    await page.goto(`${running.app().url}/weiterbildungen/${training.id}`);
    await page.getByRole('link', { name: 'Passt das zu mir? Frag Lotse' }).click();
    await answer(page, 'Ob die Weiterbildung zu dir passt, sage ich dir gern');
    expect(new URL(page.url()).searchParams.get('training')).toBeNull();
    await page.close();
  });

  describe('on a network\'s own website, through embed.js', () => {
    let site: http.Server;
    let siteUrl: string;
    let jobId: string;
    let trainingId: string;
    beforeAll(async () => {
      jobId = (await running.app().db.prisma.jobPosting.findFirstOrThrow()).id;
      trainingId = (await running.app().db.prisma.training.findFirstOrThrow()).id;
      // The network's posting page: the script tag names the posting; a button elsewhere names a training.
      site = http.createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><html lang="de"><body><h1>Lehrstelle bei Muster AG</h1>` +
            `<button type="button" data-lotse-training="${trainingId}">Passt der Kurs zu mir?</button>` +
            `<script src="${running.app().url}/embed.js" data-locale="de-CH" data-job="${jobId}" async></script></body></html>`,
        );
      });
      await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
      siteUrl = `http://localhost:${(site.address() as AddressInfo).port}/stelle`;
    });
    afterAll(async () => {
      site.closeAllConnections();
      await new Promise((resolve) => site.close(resolve));
    });

    it('asks about the page\'s posting (data-job) when the visitor opens the chat, and about a training on a click (data-lotse-training)', async () => {
      const page = await running.context().newPage();
      await page.goto(siteUrl);
      await page.locator('.lotse-embed-button').click();
      await answer(page, 'Ob die Stelle zu dir passt, sage ich dir gern');
      await page.screenshot({ path: '/tmp/boards-embed.png' });
      await page.locator('.lotse-embed-close').click();
      await page.getByRole('button', { name: 'Passt der Kurs zu mir?' }).click();
      expect(await page.locator('.lotse-embed-panel').isVisible()).toBe(true);
      await answer(page, 'Ob die Weiterbildung zu dir passt, sage ich dir gern');
      await page.close();
    });

    it('opens at once and asks when the address carries ?lotse-job=, and takes the parameter out of it', async () => {
      const page = await running.context().newPage();
      await page.goto(`${siteUrl}?lotse-job=${encodeURIComponent(jobId)}&seite=2`);
      expect(await page.locator('.lotse-embed-panel').isVisible()).toBe(true);
      await answer(page, 'Ob die Stelle zu dir passt, sage ich dir gern');
      const url = new URL(page.url());
      expect(url.searchParams.get('lotse-job')).toBeNull();
      expect(url.searchParams.get('seite')).toBe('2');
      await page.close();
    });
  });
});
