// Opens tests/test_browser_widgets.py's notebook in JupyterLab in headless Debian chromium, runs all cells,
// then uses the widgets as a person would: presses the right arrow key on the interact slider's handle and
// clicks the button, waiting each time for the Output widget below to show the kernel's answer.
// Usage: node widgets_notebook.mjs <notebook url with token> <screenshot path> [timeout seconds]
// Prints one JSON line with what the page showed at each step; exits 1 if the page could not be driven.
import { chromium } from 'playwright-core';

const [url, screenshot, timeoutArg] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node widgets_notebook.mjs <notebook url> <screenshot path> [timeout seconds]');
  process.exit(2);
}
const timeoutMs = 1000 * Number(timeoutArg || 120);

function summarize() {
  return [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')].map((cell) => ({
    sliders: cell.querySelectorAll('.widget-slider').length,
    readouts: [...cell.querySelectorAll('.widget-readout')].map((r) => r.textContent.trim()),
    buttons: [...cell.querySelectorAll('button.jupyter-button')].map((b) => b.textContent.trim()),
    checkboxes: cell.querySelectorAll('.widget-checkbox input[type=checkbox]').length,
    dropdowns: cell.querySelectorAll('.widget-dropdown select').length,
    progress: [...cell.querySelectorAll('.widget-hprogress .progress-bar')].map((b) => b.style.width),
    outputs: [...cell.querySelectorAll('.widget-output')].map((o) => o.textContent.trim()),
    errors: [...cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
      .map((e) => e.textContent.slice(0, 300)),
    widgetErrors: [...cell.querySelectorAll('.jupyter-widgets .jp-RenderedText, .jp-RenderedText')]
      .map((e) => e.textContent).filter((t) => /Error|error displaying widget|model not found/.test(t))
      .map((t) => t.slice(0, 300)),
  }));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // Running as root in a container: chromium's sandbox needs namespaces it may not get.
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  await page.goto(url);
  await page.locator('.jp-Notebook .jp-Cell').first().waitFor();
  const steps = {};
  let finished = true;
  try {
    await page.locator('.jp-StatusBar-TextItem', { hasText: /\|\s*Idle/ }).waitFor({ timeout: timeoutMs });
    await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
    await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();
    await page.waitForFunction(() => {
      const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
      const idle = document.querySelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]');
      return idle && prompts.length > 0 && prompts.every((p) => /\[\d+\]/.test(p.textContent));
    }, null, { timeout: timeoutMs, polling: 250 });
    await page.locator('.widget-output', { hasText: 'square 9' }).first().waitFor({ timeout: 30_000 });
    steps.ran = await page.evaluate(summarize);
    await page.locator('.noUi-handle').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('.widget-output', { hasText: 'square 16' }).first().waitFor({ timeout: 30_000 });
    steps.moved = await page.evaluate(summarize);
    await page.locator('button.jupyter-button', { hasText: 'Click me' }).click();
    await page.locator('.widget-output', { hasText: 'clicked with n = 4' }).first().waitFor({ timeout: 30_000 });
    steps.clicked = await page.evaluate(summarize);
  } catch (e) {
    finished = false; // still report what the page shows, with a screenshot
    console.error(`did not finish: ${e.message.split('\n')[0]}`);
    steps.last = await page.evaluate(summarize);
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: screenshot });
  console.log(JSON.stringify({ finished, steps }));
} finally {
  await browser.close();
}
