/**
 * The demo page and the embed in a real Chromium (only when LOTSE_CHROMIUM is set): the stock
 * Web Chat shows the greeting, a typed message gets its answer, a reload continues the same
 * conversation, and one script tag on another website opens the same chat.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TurnContext } from 'botbuilder-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { echoLogic, startTestServer, type TestServer } from '../directline/support';

const executablePath = process.env.LOTSE_CHROMIUM;
const describeBrowser = executablePath ? describe : describe.skip;
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describeBrowser('Web Chat in Chromium', () => {
  jest.setTimeout(90_000);
  let server: TestServer;
  let context: BrowserContext;
  let profileDir: string;
  const seen: { from: string; locale?: string; text?: string }[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      logic: async (ctx: TurnContext) => {
        if (ctx.activity.type === 'message') seen.push({ from: ctx.activity.from.id, locale: ctx.activity.locale, text: ctx.activity.text });
        await echoLogic(ctx);
      },
    });
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: FLAGS });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  });

  const sendBox = (page: Page) => page.locator('[data-id="webchat-sendbox-input"]');
  const bubbles = (page: Page, text: string) => page.locator('.webchat__bubble__content', { hasText: text });

  it('greets, answers, and continues the same conversation after a reload', async () => {
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await bubbles(page, 'Hallo! Ich bin Lotse.').first().waitFor({ timeout: 30_000 });
    await sendBox(page).fill('Ich suche eine Lehrstelle als Elektroinstallateur');
    await sendBox(page).press('Enter');
    await bubbles(page, 'Echo: Ich suche eine Lehrstelle als Elektroinstallateur').waitFor();
    expect(seen.at(-1)).toMatchObject({ locale: 'de-CH', text: 'Ich suche eine Lehrstelle als Elektroinstallateur' });
    const userId = await page.evaluate(() => localStorage.getItem('lotse.userId'));
    expect(userId).toMatch(/^dl_/);
    expect(seen.at(-1)!.from).toBe(userId);

    await page.reload();
    await bubbles(page, 'Echo: Ich suche eine Lehrstelle als Elektroinstallateur').waitFor({ timeout: 30_000 });
    expect(await bubbles(page, 'Hallo! Ich bin Lotse.').count()).toBe(1);
    await sendBox(page).fill('Und in Olten?');
    await sendBox(page).press('Enter');
    await bubbles(page, 'Echo: Und in Olten?').waitFor();
    expect(seen.at(-1)!.from).toBe(userId);
    await page.close();
  });

  it('opens the same chat from one script tag on another website', async () => {
    const site = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="de"><body><h1>Gemeinde Musterdorf</h1><script src="${server.base}/embed.js" data-locale="de-DE" async></script></body></html>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const page = await context.newPage();
      await page.goto(`http://localhost:${(site.address() as AddressInfo).port}/`);
      const button = page.locator('.lotse-embed-button');
      await button.waitFor();
      expect(await button.getAttribute('aria-label')).toBe('Chat mit Lotse öffnen');
      await button.click();
      await bubbles(page, 'Hallo! Ich bin Lotse.').first().waitFor({ timeout: 30_000 });
      await sendBox(page).fill('Grüss dich');
      await sendBox(page).press('Enter');
      await bubbles(page, 'Echo: Grüss dich').waitFor();
      expect(seen.at(-1)).toMatchObject({ locale: 'de-DE', text: 'Grüss dich' });
      await page.locator('.lotse-embed-close').click();
      expect(await page.locator('.lotse-embed-panel').isVisible()).toBe(false);
      await page.close();
    } finally {
      site.closeAllConnections(); // Chromium keeps idle connections open
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
