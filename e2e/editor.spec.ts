import { expect, test } from '@playwright/test';
import { collectErrors, expectTerminal, terminalText, typeLine, waitForPrompt } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
});

test('vi edits a file in the browser: insert, Escape, :wq, and cat shows it', async ({ page }) => {
  const errors = collectErrors(page);
  await typeLine(page, 'vi /root/Dockerfile');
  await expectTerminal(page, '"/root/Dockerfile" [New]');
  await expectTerminal(page, /\n~\n~\n/);
  await page.keyboard.type('iFROM ubuntu');
  await expectTerminal(page, '-- INSERT --');
  await page.keyboard.press('Escape');
  await page.keyboard.type(':wq');
  await page.keyboard.press('Enter');
  // The alternate screen is gone: the shell's screen is back, with the vi command above.
  await expectTerminal(page, /root@layerlab:~# vi \/root\/Dockerfile\nroot@layerlab:~#/);
  await typeLine(page, 'cat /root/Dockerfile');
  await expectTerminal(page, 'root@layerlab:~# cat /root/Dockerfile\nFROM ubuntu\n');
  expect(await terminalText(page)).not.toContain('-- INSERT --');
  expect(errors).toEqual([]);
});

test('screenshot of vi at 1280×800', async ({ page }) => {
  await typeLine(
    page,
    "printf 'FROM python:3.7\\nWORKDIR /app\\nCOPY . /app\\n' > /root/Dockerfile",
  );
  await typeLine(page, 'vi /root/Dockerfile');
  await expectTerminal(page, '"/root/Dockerfile" 3L, 41B');
  await page.keyboard.type(':set nu');
  await page.keyboard.press('Enter');
  await page.keyboard.type('GoRUN pip install -r requirements.txt');
  await expectTerminal(page, '-- INSERT --');
  await page.screenshot({ path: 'e2e/screenshots/vi-1280x800.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.type(':q!');
  await page.keyboard.press('Enter');
  await waitForPrompt(page);
});

test('nano writes with Ctrl+O and leaves with Ctrl+X', async ({ page }) => {
  await typeLine(page, 'nano /root/app.py');
  await expectTerminal(page, 'GNU nano 7.2');
  await expectTerminal(page, '^G Help');
  await page.keyboard.type('print("hi")');
  await page.keyboard.press('Control+o');
  await expectTerminal(page, 'File Name to Write: /root/app.py');
  await page.keyboard.press('Enter');
  await expectTerminal(page, '[ Wrote 1 line ]');
  await page.keyboard.press('Control+x');
  await waitForPrompt(page);
  await typeLine(page, 'cat /root/app.py');
  await expectTerminal(page, 'cat /root/app.py\nprint("hi")');
});
