// Opens an executed, trusted notebook in the classic Jupyter Notebook with Debian's chromium and checks
// that the kernel's JSROOT output drew the canvas: an <svg> in the root_plot_ div with the histogram's
// path, its stat box ("Entries") and the histogram's name. Fails on a console error or page error, and
// on any request that is not to the notebook server on loopback (those are aborted, so JSROOT can only
// come from the copy that Jupyter serves from the kernelspec). Writes a screenshot in every case.
// Usage: node notebook_check.mjs <notebook URL with ?token=> <screenshot.png> <histogram name> <its bins>
// Run by kernel's BrowserIT; prints "OK: ..." and exits 0, or prints the reasons and exits 1.
import { chromium } from 'playwright-core';

const [url, screenshot, histogramName, bins] = process.argv.slice(2);
if (!url || !screenshot || !histogramName || !(bins > 0)) {
   console.error('usage: node notebook_check.mjs <notebook URL> <screenshot.png> <histogram name> <its bins>');
   process.exit(2);
}
const server = new URL(url).origin;
const baseUrl = url.slice(0, url.indexOf('/notebooks/') + 1); // the server's base URL, e.g. http://127.0.0.1:8888/

// The only console errors that say nothing about our output:
const BENIGN = [
   // Chromium asks for /favicon.ico by itself (a 404 when the page names no icon).
   /\/favicon\.ico\b/,
   // The classic Notebook probes for ipywidgets' extension on every page (notebook/js/main.js,
   // "HARDCODED WIDGETS HACK"): a 404, then a refused text/html script, when ipywidgets is not installed.
   /\/nbextensions\/widgets\/notebook\/js\/extension\.js\b/,
];
const isBenign = message => BENIGN.some(pattern => pattern.test(`${message.location()?.url ?? ''} ${message.text()}`));
const DRAW_TIMEOUT_MS = 90_000;

// Chromium on a machine without internet: no background connections, no GPU, no sandbox as root.
const browser = await chromium.launch({
   executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
   headless: true,
   args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
          '--disable-component-update', '--disable-sync'],
});

const problems = [];
const jsrootLoads = [];
let drawn = null;
try {
   const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });

   await page.route('**/*', route => {
      const requested = route.request().url();
      if (requested.startsWith(server + '/') || requested.startsWith('data:'))
         return route.continue();
      problems.push(`request outside the notebook server, aborted: ${requested}`);
      return route.abort();
   });
   page.on('response', response => {
      if (response.url().includes('/build/jsroot.js'))
         jsrootLoads.push(`${response.status()} ${response.url()}`);
   });
   page.on('console', message => {
      if (message.type() === 'error' && !isBenign(message))
         problems.push(`console error: ${message.text()} (${message.location()?.url ?? ''})`);
   });
   page.on('pageerror', error => problems.push(`page error: ${error.message}`));

   try {
      await checkPage(page);
   } catch (error) {
      problems.push(`the check stopped: ${error.message.split('\n')[0]}`);
   }
   await page.locator('div[id^="root_plot_"]').first().scrollIntoViewIfNeeded({ timeout: 5000 }).catch(() => {});
   await page.screenshot({ path: screenshot });
   report();
} finally {
   await browser.close();
}

async function checkPage(page) {
   await page.goto(url);
   // The notebook's outputs are rendered (and their scripts run) once it has loaded.
   await page.waitForFunction(() => globalThis.Jupyter?.notebook?._fully_loaded, null, { timeout: DRAW_TIMEOUT_MS });
   if (!(await page.evaluate(() => Jupyter.notebook.trusted)))
      problems.push('the notebook is not trusted, so its JavaScript outputs did not run (jupyter trust it)');

   const plot = page.locator('div[id^="root_plot_"]');
   try {
      // JSROOT writes the canvas as one <svg>; it is complete once the stat box text is in it.
      await page.waitForFunction(name => {
         const texts = [...document.querySelectorAll('div[id^="root_plot_"] svg text')].map(t => t.textContent.trim());
         return texts.includes('Entries') && texts.includes(name);
      }, histogramName, { timeout: DRAW_TIMEOUT_MS });
      drawn = await plot.first().evaluate(div => {
         const svg = div.querySelector('svg');
         const paths = [...svg.querySelectorAll('path')].map(p => p.getAttribute('d') ?? '');
         return {
            plots: document.querySelectorAll('div[id^="root_plot_"]').length,
            width: Math.round(svg.getBoundingClientRect().width),
            height: Math.round(svg.getBoundingClientRect().height),
            // the histogram drawn with error bars is one path of a few segments per bin
            longestPath: Math.max(0, ...paths.map(d => (d.match(/[MmLlHhVv]/g) ?? []).length)),
            text: [...svg.querySelectorAll('text')].map(t => t.textContent.trim()).filter(Boolean),
         };
      });
   } catch (error) {
      problems.push(`JSROOT did not draw the canvas: ${error.message.split('\n')[0]};`
                    + ` the plot div holds: ${(await plot.first().innerText().catch(() => '(none)')).slice(0, 300)}`);
   }
   if (drawn) {
      if (drawn.plots !== 1)
         problems.push(`expected one root_plot_ div, found ${drawn.plots}`);
      // at least a vertical and a horizontal stroke per bin: more than the fitted curve's 101 points
      if (drawn.longestPath < 2 * bins)
         problems.push(`no histogram path in the SVG (longest path has ${drawn.longestPath} segments, not 2 per bin)`);
   }
   if (!jsrootLoads.some(line => line.startsWith(`200 ${baseUrl}kernelspecs/`)))
      problems.push(`build/jsroot.js was not loaded from the kernelspec under ${baseUrl}: ${jsrootLoads.join(', ') || 'no load'}`);
}

function report() {
   if (problems.length) {
      console.log('FAIL:\n  ' + problems.join('\n  '));
      process.exitCode = 1;
   } else {
      console.log(`OK: JSROOT drew a ${drawn.width}x${drawn.height} SVG, longest path ${drawn.longestPath} segments,`
                  + ` text ${JSON.stringify(drawn.text)}; jsroot.js: ${jsrootLoads.join(', ')}`);
   }
}
