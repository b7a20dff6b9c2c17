import enCommon from '../../locales/en/common.json' with { type: 'json' };
import en from '../../locales/en/guide.json' with { type: 'json' };
import { expect, test } from './fixtures';

test('the welcome screen is in index.html, shown before any script runs', async ({ host, browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.welcome.title);
  await expect(page.getByRole('button', { name: en.welcome.start })).toBeVisible();
  // The ward's settings are not known at build time: no contact line, not even "none set".
  await expect(page.locator('.help-bar .help-title')).toHaveText(enCommon.help.title);
  await expect(page.locator('.help-bar')).not.toContainText(enCommon.help.noContact);
  await expect(page.locator('.help-bar .help-contacts')).toHaveCount(0);
  await context.close();
});
