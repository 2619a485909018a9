/**
 * The real Lotse (startApp with the demo network on SQLite) in a real Chromium (only when
 * LOTSE_CHROMIUM is set): the demo page greets in German, the person answers with buttons and
 * text, the profile is saved at consent, and a reload continues the same conversation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { tempSqliteUrl } from '../support/databases';

const executablePath = process.env.LOTSE_CHROMIUM;
const describeBrowser = executablePath ? describe : describe.skip;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describeBrowser('Lotse in the demo page, in Chromium', () => {
  jest.setTimeout(120_000);
  const database = tempSqliteUrl();
  let app: App;
  let context: BrowserContext;
  let profileDir: string;

  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    app = await startApp(config, { log: createLogger('silent'), schedulers: false });
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: FLAGS });
  });
  afterAll(async () => {
    await context?.close();
    await app?.close();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
    database.cleanup();
  });

  const bubble = (page: Page, text: string | RegExp) => page.locator('.webchat__bubble__content', { hasText: text }).last();
  const tap = async (page: Page, title: string) => page.getByRole('button', { name: title, exact: true }).last().click();
  const type = async (page: Page, text: string) => {
    const box = page.locator('[data-id="webchat-sendbox-input"]');
    await box.fill(text);
    await box.press('Enter');
  };

  it('greets in German, saves the profile at consent and continues after a reload', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await bubble(page, 'Ich bin Lotse').waitFor({ timeout: 60_000 });
    await tap(page, 'Deutsch (Schweiz)');
    await bubble(page, /einverstanden\?/).waitFor();
    expect(await app.db.prisma.person.count()).toBe(0);
    await tap(page, 'Ja, einverstanden');
    await bubble(page, 'Wie darf ich dich nennen').waitFor();
    await type(page, 'Mia');
    await bubble(page, 'Wo stehst du gerade').waitFor();
    expect(await app.db.prisma.person.findMany({ select: { firstName: true } })).toEqual([{ firstName: 'Mia' }]);

    await page.reload();
    await bubble(page, 'Wo stehst du gerade').waitFor({ timeout: 60_000 });
    await tap(page, 'Ich gehe noch zur Schule');
    await bubble(page, 'Was kannst du gut').waitFor();
    await type(page, 'Ich kann löten und programmiere ein bisschen Python');
    await bubble(page, /Löten/).waitFor();
    await page.close();
  });
});
