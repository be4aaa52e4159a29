import { expect, type Page } from '@playwright/test';

/** The terminal's visible text, one line per row, trailing blanks trimmed. */
export async function terminalText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.xterm-rows > div'))
      .map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').replace(/\s+$/, ''))
      .join('\n')
      .replace(/\n+$/, ''),
  );
}

export async function waitForPrompt(page: Page): Promise<void> {
  await expect.poll(() => terminalText(page)).toContain('root@layerlab:~#');
}

/** Wait until the terminal shows `text`. */
export async function expectTerminal(
  page: Page,
  text: string | RegExp,
  timeout = 5000,
): Promise<void> {
  const poll = expect.poll(() => terminalText(page), { timeout });
  if (typeof text === 'string') await poll.toContain(text);
  else await poll.toMatch(text);
}

export async function typeLine(page: Page, line: string): Promise<void> {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Collect console errors and page errors for the whole test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}
