import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectTerminal, terminalText, typeLine, waitForPrompt } from './helpers';

// vi, vim and nano in the page open the file editor over the terminal (CodeMirror; vim keys for
// vi/vim). Saving writes through the lab's filesystem, so inside a container the file is copied
// up exactly as with `echo >`. (The terminal editors are tested headless, in src/shell.)

const editor = (page: Page) => page.locator('section.ll-editor');
const textbox = (page: Page) => editor(page).getByRole('textbox');

async function fresh(page: Page): Promise<void> {
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
}

/** Type a vim ex command (`:wq`) into the vim panel. */
async function ex(page: Page, command: string): Promise<void> {
  await page.keyboard.type(`:${command}`);
  await page.keyboard.press('Enter');
}

test.beforeEach(async ({ page }) => fresh(page));

test('vi edits a new file in the overlay: insert, Escape, :wq, then cat shows it', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await typeLine(page, 'vi /root/Dockerfile');
  await expect(editor(page)).toBeVisible();
  await expect(editor(page)).toHaveAttribute('aria-label', 'File editor (vim): /root/Dockerfile');
  await expect(editor(page).getByRole('heading')).toHaveText('/root/Dockerfile on layerlab');
  await expect(textbox(page)).toHaveAttribute('aria-label', 'Text of /root/Dockerfile');
  await expect(textbox(page)).toBeFocused();
  await expect(editor(page).getByRole('status')).toHaveText('"/root/Dockerfile" [New]');
  const axe = await new AxeBuilder({ page }).include('section.ll-editor').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.type('iFROM ubuntu');
  await expect(editor(page).getByRole('status')).toHaveText('-- INSERT --');
  await page.keyboard.press('Enter');
  await page.keyboard.type('RUN apt-get update');
  await page.keyboard.press('Escape');
  await ex(page, 'wq');
  await expect(editor(page)).toHaveCount(0);
  // Focus is back on the terminal: typing reaches the shell.
  await expect(page.locator('.xterm-helper-textarea')).toBeFocused();
  await typeLine(page, 'cat /root/Dockerfile');
  await expectTerminal(page, 'cat /root/Dockerfile\nFROM ubuntu\nRUN apt-get update\n');
  // Nothing of the editor was drawn in the terminal.
  expect(await terminalText(page)).not.toContain('INSERT');
  expect(errors).toEqual([]);
});

test('vi in a container: :w copies the file up, as echo > would', async ({ page }) => {
  test.setTimeout(60_000); // apt-get install vim runs in lab time at real speed
  // Captions play at once (the install before the edit makes many).
  await page.getByRole('combobox', { name: 'Animation pace' }).selectOption('instant');
  await page.locator('.xterm-helper-textarea').focus();
  await typeLine(page, 'docker run -it --name ed1 ubuntu bash');
  await expectTerminal(page, /root@[0-9a-f]{12}:\/#/);
  // ubuntu has no vi until it is installed, as with real Docker.
  await typeLine(
    page,
    'apt-get update >/dev/null && apt-get install -y vim >/dev/null; echo =ready=',
  );
  await expect.poll(() => terminalText(page), { timeout: 30_000 }).toMatch(/\n=ready=\n/);
  await typeLine(page, 'vi /etc/bash.bashrc');
  await expect(editor(page)).toBeVisible();
  await expect(editor(page).getByRole('heading')).toHaveText(
    /^\/etc\/bash\.bashrc on [0-9a-f]{12}$/,
  );
  await expect(editor(page).getByRole('status')).toHaveText(/^"\/etc\/bash\.bashrc" \d+L, \d+B$/);
  await page.keyboard.type('Go');
  await page.keyboard.type('alias ll="ls -l"');
  await page.keyboard.press('Escape');
  await ex(page, 'w');
  await expect(editor(page).getByRole('status')).toHaveText(
    /^"\/etc\/bash\.bashrc" \d+L, \d+B written$/,
  );
  await expect(page.getByTestId('diagram-caption')).toContainText(
    /copy-up: \/etc\/bash\.bashrc +layer \d+ → container layer/,
  );
  await ex(page, 'q');
  await expect(editor(page)).toHaveCount(0);
  await typeLine(page, 'tail -n 1 /etc/bash.bashrc');
  await expectTerminal(page, 'tail -n 1 /etc/bash.bashrc\nalias ll="ls -l"\n');
  await typeLine(page, 'exit');
  await typeLine(page, 'docker diff ed1 | grep bashrc');
  await expectTerminal(page, 'docker diff ed1 | grep bashrc\nC /etc/bash.bashrc\n');
});

test('vim refuses :q on a modified buffer (E37); :q! leaves it unwritten', async ({ page }) => {
  await typeLine(page, "printf 'one\\n' > /root/f");
  await typeLine(page, 'vim /root/f');
  await expect(editor(page).getByRole('status')).toHaveText('"/root/f" 1L, 4B');
  await page.keyboard.type('ddiTWO');
  await page.keyboard.press('Escape');
  await ex(page, 'q');
  await expect(editor(page).getByRole('status')).toHaveText(
    'E37: No write since last change (add ! to override)',
  );
  await expect(editor(page)).toBeVisible();
  await ex(page, 'q!');
  await expect(editor(page)).toHaveCount(0);
  await typeLine(page, 'cat /root/f');
  await expectTerminal(page, 'cat /root/f\none\n');
});

test('the Save and Close buttons: Close asks once before discarding', async ({ page }) => {
  await typeLine(page, 'vi /root/g');
  await expect(editor(page)).toBeVisible();
  await page.keyboard.type('ihello');
  const save = editor(page).getByRole('button', { name: 'Save' });
  const close = editor(page).getByRole('button', { name: 'Close' });
  await save.click();
  await expect(editor(page).getByRole('status')).toHaveText('"/root/g" [New] 1L, 6B written');
  await expect(textbox(page)).toBeFocused();
  await page.keyboard.type(' world');
  await close.click();
  await expect(editor(page).getByRole('status')).toContainText('Unsaved changes');
  await editor(page).getByRole('button', { name: 'Discard changes and close' }).click();
  await expect(editor(page)).toHaveCount(0);
  await typeLine(page, 'cat /root/g');
  await expectTerminal(page, 'cat /root/g\nhello\n');
});

test('nano writes with Ctrl+O (File Name to Write, Enter) and leaves with Ctrl+X', async ({
  page,
}) => {
  await typeLine(page, 'nano /root/app.py');
  await expect(editor(page)).toHaveAttribute('aria-label', 'File editor (nano): /root/app.py');
  await expect(editor(page).getByRole('status')).toHaveText('[ New File ]');
  const axe = await new AxeBuilder({ page }).include('section.ll-editor').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await expect(textbox(page)).toBeFocused();
  await page.keyboard.type('print("hi")');
  await page.keyboard.press('Control+o');
  const name = editor(page).getByRole('textbox', { name: 'File Name to Write:' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('/root/app.py');
  await page.keyboard.press('Enter');
  await expect(editor(page).getByRole('status')).toHaveText('[ Wrote 1 line ]');
  await page.keyboard.press('Control+x');
  await expect(editor(page)).toHaveCount(0);
  await typeLine(page, 'cat /root/app.py');
  await expectTerminal(page, 'cat /root/app.py\nprint("hi")\n');
});

test('nano: Ctrl+X on a modified buffer asks "Save modified buffer?"; Y saves', async ({
  page,
}) => {
  await typeLine(page, 'nano /root/n.txt');
  await expect(textbox(page)).toBeFocused();
  await page.keyboard.type('line');
  await page.keyboard.press('Control+x');
  await expect(editor(page).getByRole('status')).toContainText('Save modified buffer?');
  await page.keyboard.press('y');
  await expect(editor(page).getByRole('textbox', { name: 'File Name to Write:' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toHaveCount(0);
  await typeLine(page, 'cat /root/n.txt');
  await expectTerminal(page, 'cat /root/n.txt\nline\n');
});

test('screenshots of the editor at 1280×800 (vim in the light theme, nano in the dark)', async ({
  page,
}) => {
  await typeLine(
    page,
    "printf 'FROM python:3.7\\nWORKDIR /app\\nCOPY . /app\\n' > /root/Dockerfile",
  );
  await typeLine(page, 'vi /root/Dockerfile');
  await expect(editor(page)).toBeVisible();
  await page.keyboard.type('GoRUN pip install -r requirements.txt');
  await page.screenshot({ path: 'e2e/screenshots/editor-vim-1280x800.png' });
  await page.keyboard.press('Escape');
  await ex(page, 'q!');
  await expect(editor(page)).toHaveCount(0);
  await page.getByRole('button', { name: /Theme/ }).click();
  await page.locator('.xterm-helper-textarea').focus();
  await typeLine(page, 'nano /root/Dockerfile');
  await expect(editor(page)).toBeVisible();
  await page.keyboard.press('Control+o');
  await page.screenshot({ path: 'e2e/screenshots/editor-nano-dark-1280x800.png' });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+x');
  await expect(editor(page)).toHaveCount(0);
});

test('keyboard: Shift+Tab leaves the text for the buttons; Reset lab closes the editor', async ({
  page,
}) => {
  await typeLine(page, 'nano /root/k');
  await expect(textbox(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor(page).getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor(page).getByRole('button', { name: 'Save' })).toBeFocused();
  // The terminal under the editor takes no clicks or keys while it is open.
  await expect(page.locator('#terminal-host .xterm')).toHaveAttribute('inert', '');
  await page.getByRole('button', { name: 'Reset lab' }).click();
  await expect(editor(page)).toHaveCount(0);
  await expect(page.locator('#terminal-host .xterm')).not.toHaveAttribute('inert', '');
  await waitForPrompt(page);
  await typeLine(page, 'ls /root/k');
  await expectTerminal(page, "ls: cannot access '/root/k': No such file or directory");
});

test('vim in Chinese: the buttons and the textbox are named in zh-CN', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.locator('.xterm-helper-textarea').focus();
  await typeLine(page, 'vi /root/z');
  await expect(editor(page)).toHaveAttribute('aria-label', '文件编辑器（vim）：/root/z');
  await expect(editor(page).getByRole('button', { name: '保存' })).toBeVisible();
  await expect(editor(page).getByRole('button', { name: '关闭' })).toBeVisible();
  await expect(textbox(page)).toHaveAttribute('aria-label', '/root/z 的内容');
  await ex(page, 'q');
  await expect(editor(page)).toHaveCount(0);
});
