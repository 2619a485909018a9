/**
 * The real Lotse (startApp with the demo network on a SQLite file of its own) and a real Chromium
 * for browser tests, which run only when LOTSE_CHROMIUM names the browser binary.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { tempSqliteUrl } from './databases';

export const executablePath = process.env.LOTSE_CHROMIUM;
export const describeBrowser = executablePath ? describe : describe.skip;
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts Lotse and a Chromium profile before the block's tests and removes both after them. */
export function lotseInChromium(options: { viewport?: { width: number; height: number }; locale?: string } = {}): { app(): App; context(): BrowserContext } {
  const database = tempSqliteUrl();
  let app: App | undefined;
  let context: BrowserContext | undefined;
  let profileDir: string | undefined;
  beforeAll(async () => {
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    app = await startApp(config, { log: createLogger('silent'), schedulers: false });
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: CHROMIUM_FLAGS, ...options });
  });
  afterAll(async () => {
    await context?.close();
    await app?.close();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
    database.cleanup();
  });
  return { app: () => app!, context: () => context! };
}

/** The newest bubble of the Web Chat widget that holds the text. */
export function bubble(page: Page, text: string | RegExp): Locator {
  return page.locator('.webchat__bubble__content', { hasText: text }).last();
}

/** Taps the newest button with exactly this title. */
export async function tap(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).last().click();
}

/** Types the text into the widget's send box and sends it. */
export async function type(page: Page, text: string): Promise<void> {
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill(text);
  await box.press('Enter');
}

/** Opens the page as a browser nobody used before (earlier tests' ids and sessions are cleared). */
export async function openAsNewVisitor(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => (window.localStorage.clear(), window.sessionStorage.clear()));
  await page.reload();
}
