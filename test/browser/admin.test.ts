/**
 * The operators' dashboard in a real Chromium (only when LOTSE_CHROMIUM is set): an invited
 * operator sets a password, logs in and sees the bar charts drawn. Screenshot: /tmp/admin-dashboard.png.
 */
import { OperatorAuth } from '../../src/admin/auth';
import { OperatorStore } from '../../src/store/operator-store';
import { seedProfile } from '../support/admin';
import { describeBrowser, lotseInChromium } from '../support/chromium';

describeBrowser('the operators dashboard in Chromium', () => {
  jest.setTimeout(120_000);
  const running = lotseInChromium({ viewport: { width: 1280, height: 900 }, locale: 'de-CH' });

  it('sets a password from the invite link, logs in and draws the charts', async () => {
    const prisma = running.app().db.prisma;
    await seedProfile(prisma);
    const { token } = await new OperatorAuth(new OperatorStore(prisma)).invite('betrieb@netzwerk.example');
    const page = await running.context().newPage();
    const scriptErrors: string[] = [];
    page.on('pageerror', (err) => scriptErrors.push(err.message));
    // The browser's own favicon request may 404; a refused script or style may not.
    page.on('console', (msg) => void (/Content Security Policy/.test(msg.text()) && scriptErrors.push(msg.text())));

    await page.goto(`${running.app().url}/admin/set-password?token=${token}`);
    await page.getByLabel('Neues Passwort').fill('ein langes Passwort 42');
    await page.getByLabel('Passwort wiederholen').fill('ein langes Passwort 42');
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await page.getByText('Dein Passwort ist gespeichert').waitFor();

    await page.getByLabel('E-Mail').fill('betrieb@netzwerk.example');
    await page.getByLabel('Passwort', { exact: true }).fill('ein langes Passwort 42');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard für Betreiber' }).waitFor();

    // Chart.js marks a canvas it drew on; four charts, none blocked by the page's CSP.
    // The canvases are in the HTML; Chart.js may still be loading when they first appear.
    await page.waitForFunction(() => {
      const chartJs = (window as unknown as { Chart?: { getChart(c: HTMLCanvasElement): unknown } }).Chart;
      const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>('canvas[id^="chart-"]'));
      return chartJs !== undefined && canvases.length === 4 && canvases.every((c) => chartJs.getChart(c));
    });
    expect(scriptErrors).toEqual([]);
    await page.screenshot({ path: '/tmp/admin-dashboard.png', fullPage: true });
    await page.close();
  });
});
