/**
 * The real Lotse (startApp with the demo network on SQLite) in a real Chromium (only when
 * LOTSE_CHROMIUM is set): the demo page greets in German, the person answers with buttons and
 * text, the profile is saved at consent, and a reload continues the same conversation. «Gerät
 * vergessen» keeps the confirmation visible, drops the browser's stored user id and session, and
 * the next message the person types opens a fresh conversation under a new id, without an error.
 */
import type { Page } from 'playwright-core';
import { bubble, describeBrowser, lotseInChromium, openAsNewVisitor, tap, type } from '../support/chromium';

describeBrowser('Lotse in the demo page, in Chromium', () => {
  jest.setTimeout(120_000);
  const running = lotseInChromium();

  const stored = (page: Page) =>
    page.evaluate(() => ({
      userId: window.localStorage.getItem('lotse.userId'),
      sessions: Object.keys(window.sessionStorage).filter((key) => key.startsWith('lotse.session:')),
    }));

  it('greets in German, saves the profile at consent and continues after a reload', async () => {
    const page = await running.context().newPage();
    await page.goto(`${running.app().url}/`);
    await bubble(page, 'Ich bin Lotse').waitFor({ timeout: 60_000 });
    await tap(page, 'Deutsch (Schweiz)');
    await bubble(page, /einverstanden\?/).waitFor();
    expect(await running.app().db.prisma.person.count()).toBe(0);
    await tap(page, 'Ja, einverstanden');
    await bubble(page, 'Was suchst du').waitFor();
    await type(page, 'Lehrstelle');
    await bubble(page, 'Was kannst du gut').waitFor();
    expect(await running.app().db.prisma.person.findMany({ select: { positionKinds: true } })).toEqual([{ positionKinds: '["apprenticeship"]' }]);

    await page.reload();
    await bubble(page, 'Was kannst du gut').waitFor({ timeout: 60_000 });
    await type(page, 'Ich kann löten und programmiere ein bisschen Python');
    await bubble(page, 'Wo möchtest du arbeiten').waitFor();
    await page.close();
  });

  it('forgetting the device drops the id, keeps the confirmation and starts afresh at the next message', async () => {
    const page = await running.context().newPage();
    // A browser nobody used before (the first test left its id in this profile's localStorage).
    await openAsNewVisitor(page, `${running.app().url}/`);
    await bubble(page, 'Ich bin Lotse').waitFor({ timeout: 60_000 });
    await tap(page, 'Deutsch (Schweiz)');
    await tap(page, 'Ja, einverstanden');
    await bubble(page, 'Was suchst du').waitFor();
    await type(page, 'Praktikum');
    await bubble(page, 'Was kannst du gut').waitFor();
    const before = await stored(page);
    expect(before.userId).toMatch(/^dl_/);

    await type(page, 'Gerät vergessen');
    await bubble(page, 'Soll ich dieses Gerät vergessen').waitFor();
    await tap(page, 'Ja');
    await bubble(page, 'Dieses Gerät ist abgemeldet').waitFor();
    await page.waitForFunction(() => window.localStorage.getItem('lotse.userId') === null);
    expect(await stored(page)).toEqual({ userId: null, sessions: [] });
    expect(await bubble(page, 'Dieses Gerät ist abgemeldet').isVisible()).toBe(true);

    await type(page, 'Hallo');
    await bubble(page, 'In welcher Sprache').waitFor({ timeout: 60_000 });
    await page.locator('.webchat__bubble--from-user', { hasText: 'Hallo' }).last().waitFor();
    const after = await stored(page);
    expect(after.userId).toMatch(/^dl_/);
    expect(after.userId).not.toBe(before.userId);
    expect(await page.locator('.lotse-chat-problem').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toMatch(/fehlgeschlagen|failed/i);
    // The profile is kept (a code brings it back), but the forgotten browser id no longer leads to it.
    expect(await running.app().db.prisma.person.count({ where: { positionKinds: '["internship"]' } })).toBe(1);
    expect(await running.app().db.prisma.channelAccount.count({ where: { channelUserId: before.userId! } })).toBe(0);
    await page.close();
  });
});
