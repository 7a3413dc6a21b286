import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createStaffAccount } from '@zaffa/accounts';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, testOutputPath } from './support/browser.ts';
import { startStack, type Stack } from './support/stack.ts';

const staff = { email: 'ops@zaffa.dz', password: 'staff password 1', name: 'Ops' };
const couple = { email: 'nour@example.dz', password: 'couple password 1', displayName: 'Nour' };

async function prepareAccounts(stack: Stack) {
  await createStaffAccount(stack.subgraphs.accounts.deps.db, { email: staff.email, displayName: staff.name, password: staff.password });
  const { body } = await stack.query('mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', { input: couple });
  assert.equal(body.errors, undefined);
}

/** Opens the playground and records every request the page makes and every CSP violation it reports. */
async function openPlayground(browser: Browser, stack: Stack) {
  const page = await browser.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto(`${stack.origin}/graphql`);
  assert.equal(response?.status(), 200);
  assert.match(response!.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  return { page, requests, violations };
}

async function signIn(page: Page, email: string, password: string) {
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('button[type=submit]');
}

type CodeMirrorHost = { CodeMirror: { getValue(): string; setValue(value: string): void } };
const editorText = (page: Page, selector: string) => page.$eval(selector, (el: CodeMirrorHost) => el.CodeMirror.getValue());
const setEditorText = (page: Page, selector: string, text: string) =>
  page.$eval(selector, (el: CodeMirrorHost, value: string) => el.CodeMirror.setValue(value), text);

describe('the staff playground at /graphql', () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  describe('outside production', () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack();
      await prepareAccounts(stack);
    });
    after(() => stack.stop());

    it('signs staff in, runs a query with their token, shows the answer, and loads nothing from another host', async () => {
      const { page, requests, violations } = await openPlayground(browser, stack);
      await page.waitForSelector('.graphiql-container');
      await signIn(page, staff.email, staff.password);
      await page.waitForSelector('[data-testid=signed-in]');
      assert.match((await page.textContent('[data-testid=signed-in]')) ?? '', /Ops · STAFF/);

      await page.waitForSelector('.graphiql-query-editor .CodeMirror');
      await setEditorText(page, '.graphiql-query-editor .CodeMirror', '{ me { email role } }');
      await page.click('.graphiql-execute-button');
      await page.locator('.result-window').filter({ hasText: 'ops@zaffa.dz' }).waitFor();
      const answer = JSON.parse(await editorText(page, '.result-window .CodeMirror'));
      assert.deepEqual(answer, { data: { me: { email: staff.email, role: 'STAFF' } } });

      // The header editor and the explorer are there.
      assert.ok(await page.$('.graphiql-editor-tool [aria-label="Headers"], button:has-text("Headers")'));
      assert.ok(await page.$('button[aria-label="Show GraphiQL Explorer"]'));
      await page.screenshot({ path: testOutputPath('playground-staff-query.png'), fullPage: true });

      const origin = new URL(stack.origin).origin;
      const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
      assert.deepEqual(elsewhere, []);
      assert.deepEqual(violations, []);
      await page.close();
    });

    it('gives staff the queue board cookie on sign-in', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${stack.origin}/graphql`);
      await signIn(page, staff.email, staff.password);
      await page.waitForSelector('[data-testid=signed-in]');
      await page.waitForFunction(async () => (await fetch('/admin/queues')).status === 200);
      const board = await page.goto(`${stack.origin}/admin/queues`);
      assert.equal(board?.status(), 200);
      await context.close();
    });
  });

  describe('in production', () => {
    let stack: Stack;
    before(async () => {
      stack = await startStack({ NODE_ENV: 'production', MEDIA_REFERENCE_SECRET: 'a-production-reference-secret-for-this-test' });
      await prepareAccounts(stack);
    });
    after(() => stack.stop());

    it("shows only the sign-in until staff sign in, and refuses a couple's sign-in", async () => {
      const { page } = await openPlayground(browser, stack);
      await page.waitForSelector('.zaffa-locked');
      assert.equal(await page.$('.graphiql-container'), null);

      await signIn(page, couple.email, couple.password);
      await page.waitForSelector('[role=alert]');
      assert.match((await page.textContent('[role=alert]')) ?? '', /staff only/i);
      assert.equal(await page.$('.graphiql-container'), null);
      assert.equal(await page.$('[data-testid=signed-in]'), null);

      await signIn(page, staff.email, staff.password);
      await page.waitForSelector('.graphiql-container');
      await page.close();
    });

    it('keeps introspection for staff', async () => {
      const { body } = await stack.query('{ __schema { queryType { name } } }');
      assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    });
  });
});
