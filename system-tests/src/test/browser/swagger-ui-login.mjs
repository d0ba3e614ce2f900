// Swagger UI at the gateway as an administrator uses it: log in through Keycloak (authorization
// code with PKCE, client swagger-ui) and run one call that needs a token. Exits 0 when the call
// answered 200 with the bearer token, 1 otherwise (a screenshot of the failure goes to SCREENSHOT).
// Environment: GATEWAY_URL, LOGIN_USER, CHROMIUM (default /usr/bin/chromium), SCREENSHOT.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';
const user = process.env.LOGIN_USER ?? 'admin';
const operationPath = '/followup/v1/cases';
const timeout = 60_000;

const profile = mkdtempSync(join(tmpdir(), 'malstyrning-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
context.setDefaultTimeout(timeout);

function step(text) {
  console.log(`swagger-ui-login: ${text}`);
}

const page = context.pages()[0] ?? await context.newPage();
const problems = [];
page.on('console', message => message.type() === 'error' && problems.push(`console: ${message.text()}`));
page.on('requestfailed', request => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
try {
  step(`opening ${gateway}/swagger-ui`);
  await page.goto(`${gateway}/swagger-ui`);
  await page.locator(`.opblock-summary-path[data-path="${operationPath}"]`).first().waitFor();

  step('opening the authorization dialog');
  await page.locator('.auth-wrapper button.authorize').click();
  const flow = page.locator('.auth-container').filter({ hasText: /authorization_?code/i }).first();
  await flow.waitFor();

  step('logging in through Keycloak');
  const [login] = await Promise.all([context.waitForEvent('page'), flow.locator('button.authorize').click()]);
  await login.waitForLoadState();
  const authorizeUrl = new URL(login.url());
  if (authorizeUrl.searchParams.get('client_id') !== 'swagger-ui'
      || authorizeUrl.searchParams.get('code_challenge_method') !== 'S256') {
    throw new Error(`not an authorization code request with PKCE for swagger-ui: ${login.url()}`);
  }
  await login.locator('#username').fill(user);
  await login.locator('#password').fill(user);
  await Promise.all([login.waitForEvent('close'), login.locator('#kc-login').click()]);

  await flow.getByText('Authorized', { exact: true }).waitFor();
  await flow.locator('button', { hasText: 'Logout' }).waitFor();
  await flow.locator('button.btn-done').click();
  step('logged in');

  const operation = page.locator('.opblock-get').filter({
    has: page.locator(`.opblock-summary-path[data-path="${operationPath}"]`),
  }).first();
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  const [response] = await Promise.all([
    page.waitForResponse(candidate => new URL(candidate.url()).pathname === operationPath),
    operation.locator('button.execute').click(),
  ]);
  const authorization = await response.request().headerValue('authorization');
  step(`GET ${operationPath} answered ${response.status()}`);
  if (!authorization?.startsWith('Bearer ')) {
    throw new Error('the call went without a bearer token');
  }
  if (response.status() !== 200) {
    throw new Error(`expected 200, got ${response.status()}: ${await response.text()}`);
  }
  await operation.locator('.live-responses-table .response-col_status', { hasText: '200' }).first().waitFor();
  step('Swagger UI shows the 200');
} catch (error) {
  console.error(`swagger-ui-login: ${error.message}`);
  problems.forEach(problem => console.error(`swagger-ui-login: ${problem}`));
  const dialog = await page.locator('.modal-ux').innerText().catch(() => '');
  if (dialog) {
    console.error(`swagger-ui-login: the authorization dialog shows: ${dialog.replace(/\s+/g, ' ')}`);
  }
  if (process.env.SCREENSHOT) {
    await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true }).catch(() => {});
  }
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
