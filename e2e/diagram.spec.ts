import { expect, test, type Page } from '@playwright/test';
import { collectErrors, expectTerminal, typeLine, waitForPrompt } from './helpers';

// The live diagram. Images come through the terminal (`docker pull`); containers are driven
// through the engine hooks (?diagram-hooks) until `docker run` is in the tree.

const diagram = (page: Page) => page.locator('[data-pane="diagram"]');
const caption = (page: Page) => page.getByTestId('diagram-caption');

async function open(page: Page, query = '?diagram-hooks'): Promise<void> {
  await page.goto(`/${query}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await waitForPrompt(page);
  await page.getByRole('combobox', { name: 'Animation pace' }).selectOption('instant');
  await page.locator('.xterm-helper-textarea').focus();
}

async function hook<T>(page: Page, call: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([name, a]) => {
      const h = (window as unknown as Record<string, Record<string, (...x: unknown[]) => unknown>>)
        .__layerlabDiagram;
      return h?.[name as string]?.(...(a as unknown[])) as T;
    },
    [call, args] as const,
  );
}

test('docker pull draws the image as its layer stack', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page);
  await typeLine(page, 'docker pull ubuntu');
  await expectTerminal(page, /Status: Downloaded newer image for ubuntu:latest/);
  const image = diagram(page).locator('[data-kind="image"][data-ref="ubuntu:latest"]');
  await expect(image).toBeVisible();
  const layers = diagram(page).locator('[data-kind="layer"]');
  await expect(layers.first()).toBeVisible();
  await expect(layers.first()).toHaveAttribute('data-ref', /^[0-9a-f]{12}$/);
  const wrapper = diagram(page).locator('.react-flow__node:has([data-kind="layer"])').first();
  await expect(wrapper).toHaveAttribute(
    'aria-label',
    /^layer \d+ of ubuntu:latest, [\d.]+[kMG]?B, \S+/,
  );
  await expect(caption(page)).toContainText('pull: ubuntu:latest');
  expect(errors).toEqual([]);
});

test('a layer shared by two images is drawn once', async ({ page }) => {
  await open(page);
  await typeLine(page, 'docker pull debian');
  await expectTerminal(page, /Downloaded newer image for debian:latest/);
  await typeLine(page, 'docker pull python');
  await expectTerminal(page, /Downloaded newer image for python:latest/);
  await expect(diagram(page).locator('[data-kind="image"]')).toHaveCount(2);
  const shared = diagram(page).locator('[data-kind="layer"][data-shared]');
  await expect(shared).toHaveCount(1);
  const ref = await shared.getAttribute('data-ref');
  await expect(diagram(page).locator(`[data-kind="layer"][data-ref="${ref}"]`)).toHaveCount(1);
  await expect(caption(page)).toContainText(/pull: python:latest +\d+ downloaded, 1 already exist/);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'e2e/screenshots/diagram-shared-1280x800.png' });
});

test('container layer, copy-up, whiteout; two containers share one stack', async ({ page }) => {
  await open(page);
  await typeLine(page, 'docker pull ubuntu');
  await expectTerminal(page, /Downloaded newer image for ubuntu:latest/);
  const layerCount = await diagram(page).locator('[data-kind="layer"]').count();
  expect(await hook<boolean>(page, 'create', 'ubuntu', 'box1')).toBe(true);
  await expect(
    diagram(page).locator('[data-kind="container-layer"][data-ref="box1"]'),
  ).toBeVisible();
  await hook(page, 'write', 'box1', '/etc/bash.bashrc', 'echo hi\n');
  await expect(caption(page)).toContainText(
    /copy-up: \/etc\/bash\.bashrc +layer \d+ → container layer/,
  );
  await hook(page, 'remove', 'box1', '/etc/issue');
  await expect(caption(page)).toContainText(
    /whiteout: \/etc\/issue +in container layer hides layer \d+/,
  );
  expect(await hook<boolean>(page, 'create', 'ubuntu', 'box2')).toBe(true);
  await expect(diagram(page).locator('[data-kind="container-layer"]')).toHaveCount(2);
  await expect(diagram(page).locator('[data-kind="image"][data-ref="ubuntu:latest"]')).toHaveCount(
    1,
  );
  await expect(diagram(page).locator('[data-kind="layer"]')).toHaveCount(layerCount);
  // Both writable layers stand on the same image node.
  const edges = await page.locator('.react-flow__edge.ll-edge--container').count();
  expect(edges).toBe(2);

  // Looking inside: the merged tree shows the copy-up and the whiteout.
  await diagram(page)
    .locator('.react-flow__node')
    .filter({ has: page.locator('[data-ref="box1"]') })
    .click();
  const tree = page.getByTestId('container-tree');
  await expect(tree.locator('[data-ref="/etc/issue"][data-whiteout]')).toBeVisible();
  await expect(tree.locator('[data-ref="/etc/bash.bashrc"]')).toHaveClass(/ll-copied/);
  await page.screenshot({ path: 'e2e/screenshots/diagram-1280x800.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('tab', { name: 'Diagram' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(diagram(page).locator('[data-kind="image"]')).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/diagram-390x844.png' });
});

test('toggles are keyboard reachable and named; nodes are focusable', async ({ page }) => {
  await open(page);
  await typeLine(page, 'docker pull alpine');
  await expectTerminal(page, /Downloaded newer image for alpine:latest/);
  const large = page.getByRole('button', { name: 'Large type' });
  await large.focus();
  await page.keyboard.press('Enter');
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.ll-diagram[data-large]')).toBeVisible();
  await page.getByRole('button', { name: 'High contrast' }).press('Enter');
  await expect(page.locator('.ll-diagram[data-contrast="high"]')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Storage' })).toHaveAttribute('aria-selected', 'true');
  const node = diagram(page).locator('.react-flow__node').first();
  await node.focus();
  await expect(node).toBeFocused();
  await expect(node).toHaveAttribute('aria-label', /.+/);
});

test('typed docker commands: a container layer, copy-up and whiteout captions', async ({
  page,
}) => {
  await open(page, '');
  await typeLine(page, 'docker run -it --name box1 ubuntu bash');
  await expectTerminal(page, /root@[0-9a-f]{12}:\/#/);
  await expect(
    diagram(page).locator('[data-kind="container-layer"][data-ref="box1"]'),
  ).toBeVisible();
  await typeLine(page, 'echo hi >> /etc/bash.bashrc');
  await expect(caption(page)).toContainText(
    /copy-up: \/etc\/bash\.bashrc +layer \d+ → container layer/,
  );
  await typeLine(page, 'rm /etc/issue');
  await expect(caption(page)).toContainText(/whiteout: \/etc\/issue/);
  await typeLine(page, 'exit');
  await typeLine(page, 'docker run -d --name box2 ubuntu sleep 1000');
  await expect(diagram(page).locator('[data-kind="container-layer"]')).toHaveCount(2);
  await expect(diagram(page).locator('[data-kind="image"][data-ref="ubuntu:latest"]')).toHaveCount(
    1,
  );
});

test('a build at slow pace shows a temporary container per RUN step', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await open(page, '');
  await page.getByRole('combobox', { name: 'Animation pace' }).selectOption('slow');
  await page.locator('.xterm-helper-textarea').focus();
  // Every temporary container that ever appears (each lives only while its step plays).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __tempSeen: string[] }).__tempSeen = seen;
    const note = () => {
      for (const el of document.querySelectorAll('[data-kind="build-container"]')) {
        const ref = el.getAttribute('data-ref') ?? '';
        if (!seen.includes(ref)) seen.push(ref);
      }
    };
    new MutationObserver(note).observe(document.body, { childList: true, subtree: true });
  });
  await typeLine(
    page,
    "printf 'FROM alpine\\nRUN printf a > /a\\nRUN printf b > /b\\nENV X=1\\nRUN printf c > /c\\n' > Dockerfile",
  );
  await typeLine(page, 'docker build -t x .');
  // The second RUN step's container on the layer the first one left: the moment to photograph.
  const temp = diagram(page).locator('[data-kind="build-container"]');
  await expect(temp.first()).toBeVisible({ timeout: 30_000 });
  await expect(caption(page)).toContainText(/build: \[\d\/4\] RUN printf|add: \/[abc]/);
  await expect(
    diagram(page).locator('[data-kind="build-container"][data-ref="[3/4] RUN printf b > /b"]'),
  ).toBeVisible({ timeout: 30_000 });
  await expect(diagram(page).locator('[data-kind="layer"][data-building]')).toHaveCount(1);
  await page.screenshot({ path: 'e2e/screenshots/diagram-build-1280x800.png' });
  await expect(caption(page)).toContainText('build: done  image x:latest', { timeout: 90_000 });
  const seen = await page.evaluate(
    () => (window as unknown as { __tempSeen: string[] }).__tempSeen,
  );
  expect(seen).toEqual([
    '[2/4] RUN printf a > /a',
    '[3/4] RUN printf b > /b',
    '[4/4] RUN printf c > /c',
  ]);
  // Gone when the build is over; the image stands on the layers the build drew.
  await expect(temp).toHaveCount(0);
  await expect(diagram(page).locator('[data-kind="image"][data-ref="x:latest"]')).toBeVisible();
  await expect(diagram(page).locator('[data-kind="layer"][data-building]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a build on a phone: the temporary container is on screen', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '');
  await page.getByRole('combobox', { name: 'Animation pace' }).selectOption('slow');
  await page.locator('.xterm-helper-textarea').focus();
  await typeLine(
    page,
    "printf 'FROM alpine\\nRUN printf a > /a\\nRUN printf b > /b\\n' > Dockerfile",
  );
  await typeLine(page, 'docker build -t x .');
  await page.getByRole('tab', { name: 'Diagram' }).click();
  await expect(diagram(page).locator('[data-kind="build-container"]').first()).toBeVisible({
    timeout: 30_000,
  });
  await page.screenshot({ path: 'e2e/screenshots/diagram-build-390x844.png' });
});

test('pulled layers the store has are marked "Already exists", not sent again', async ({
  page,
}) => {
  await open(page);
  await typeLine(page, 'docker pull debian');
  await expectTerminal(page, /Downloaded newer image for debian:latest/);
  await page.getByRole('combobox', { name: 'Animation pace' }).selectOption('slow');
  await page.locator('.xterm-helper-textarea').focus();
  await typeLine(page, 'docker pull python');
  const overlay = page.getByTestId('diagram-overlay');
  await expect(overlay).toHaveAttribute('data-step', 'pull');
  await expect(overlay.locator('.ll-sprite--chip', { hasText: 'Already exists' })).toHaveCount(1);
  // One travelling ghost per downloaded layer, none for the shared one.
  const downloaded = await diagram(page).locator('[data-kind="layer"]').count();
  await expect(overlay.locator('.ll-sprite--ghost.ll-tone--pull')).toHaveCount(downloaded - 1);
});

test('two layers selected show the changes between them; a layer exports as JSON and tar', async ({
  page,
}) => {
  await open(page);
  await typeLine(page, 'docker pull python');
  await expectTerminal(page, /Downloaded newer image for python:latest/);
  const layer = (n: number) =>
    diagram(page).locator(`.react-flow__node[aria-label^="layer ${n} of python:latest"]`);
  await layer(1).click();
  const inspect = page.getByTestId('diagram-inspect');
  await expect(inspect).toContainText('Changes in layer 1');
  // A layer of simulated contents says what its tar holds.
  await expect(page.getByTestId('tar-note')).toContainText(/simulated contents/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download changeset as tar' }).click();
  expect((await download).suggestedFilename()).toMatch(/^layer-[0-9a-f]{12}\.tar$/);

  // Shift+click a second layer: the combined changes of the layers between.
  await layer(3).click({ modifiers: ['Shift'] });
  const compare = page.getByTestId('layer-compare');
  await expect(compare).toHaveAttribute('data-relation', 'stack');
  await expect(compare).toContainText(/Changes from layer 1 · [0-9a-f]{12} to layer 3/);
  await expect(page.getByTestId('compare-changes').locator('li').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/diagram-compare-1280x800.png' });

  // The keyboard way: Shift+Enter on a focused layer, or the select.
  await layer(2).focus();
  await page.keyboard.press('Shift+Enter');
  await expect(compare).toContainText(/to layer 2/);
  await page.getByTestId('compare-select').selectOption({ index: 0 });
  await expect(compare).toHaveCount(0);
  await expect(inspect).toContainText('Changes in layer 1');

  await layer(4).click({ modifiers: ['Control'] });
  await expect(compare).toContainText(/to layer 4/);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('tab', { name: 'Diagram' }).click();
  await page.screenshot({ path: 'e2e/screenshots/diagram-compare-390x844.png' });
});
