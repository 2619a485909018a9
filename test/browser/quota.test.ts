/**
 * The widget under a quota, in a real Chromium (only when LOTSE_CHROMIUM is set): when Lotse
 * answers 429, the person reads a short German note asking to wait a moment, instead of a broken
 * chat or a silent failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { call, startTestServer, userId, type TestServer } from '../directline/support';

const executablePath = process.env.LOTSE_CHROMIUM;
const describeBrowser = executablePath ? describe : describe.skip;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BUSY = 'Gerade kommen sehr viele Nachrichten an';

describeBrowser('the web chat widget over its quota', () => {
  jest.setTimeout(90_000);
  let context: BrowserContext;
  let profileDir: string;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-chromium-'));
    context = await chromium.launchPersistentContext(profileDir, { executablePath, headless: true, args: FLAGS });
  });
  afterAll(async () => {
    await context?.close();
    for (const server of servers) await server.close();
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  });

  const sendBox = (page: Page) => page.locator('[data-id="webchat-sendbox-input"]');
  const bubbles = (page: Page, text: string) => page.locator('.webchat__bubble__content', { hasText: text });

  it('asks the person to wait a moment when messages come too fast, and the chat stays usable', async () => {
    const server = await startTestServer({ env: { RATE_LIMIT_POSTS_PER_CONVERSATION: '2' } });
    servers.push(server);
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await bubbles(page, 'Hallo! Ich bin Lotse.').first().waitFor({ timeout: 30_000 });
    for (const text of ['eins', 'zwei']) {
      await sendBox(page).fill(text);
      await sendBox(page).press('Enter');
      await bubbles(page, `Echo: ${text}`).waitFor();
    }
    await sendBox(page).fill('drei');
    await sendBox(page).press('Enter');
    await page.locator('.lotse-chat-notice', { hasText: BUSY }).waitFor({ timeout: 15_000 });
    expect(await sendBox(page).isEnabled()).toBe(true);
    await page.close();
  });

  it('says so when too many chats were started from this network, instead of a broken widget', async () => {
    const server = await startTestServer({ env: { RATE_LIMIT_STARTS_PER_IP: '2' } });
    servers.push(server);
    for (let i = 0; i < 2; i += 1) await call(server.base, 'POST', '/v3/directline/tokens/generate', { body: { user: { id: userId() } } });
    const page = await context.newPage();
    await page.goto(`${server.base}/`);
    await page.locator('.lotse-chat-problem', { hasText: BUSY }).waitFor({ timeout: 15_000 });
    await page.close();
  });
});
