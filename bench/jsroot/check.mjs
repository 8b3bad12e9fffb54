// Checks that JSROOT parses and draws the JSON our TBufferJSON writes: for each *.json file of a
// directory, parse() then makeSVG(); fails (exit 1) on an error, an SVG without any drawn path, or a
// histogram without its stat box. A file <name>.expect beside <name>.json lists texts (one a line)
// that the SVG must show as whole text elements, such as the fit parameters in a stat box.
// Usage: node check.mjs <directory>
// Called by root's JsrootDrawTest; CI can call it directly after writing the files.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, makeSVG, settings, version } from 'jsroot';

// a TF1 of Java code has no formula JSROOT could evaluate: draw its saved points, as our notebook output does
settings.PreferSavedPoints = true;

const dir = process.argv[2];
let failures = 0;
for (const name of readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
   try {
      const object = parse(readFileSync(join(dir, name), 'utf8'));
      const svg = await makeSVG({ object, option: '', width: 800, height: 600 });
      const problems = [];
      if (!svg.startsWith('<svg'))
         problems.push('no <svg> element');
      if (!/<path[^>]* d="M/.test(svg))
         problems.push('nothing drawn (no path)');
      if (/^TH[12]|^TProfile/.test(object._typename) && !svg.includes('>Entries<'))
         problems.push('no stat box');
      const expectations = join(dir, name.replace(/\.json$/, '.expect'));
      if (existsSync(expectations)) {
         for (const text of readFileSync(expectations, 'utf8').split('\n').filter(line => line)) {
            if (!svg.includes(`>${text}<`))
               problems.push(`no "${text}" in the SVG`);
         }
      }
      if (problems.length) {
         failures++;
         console.log(`FAIL ${name}: ${problems.join(', ')}`);
      } else
         console.log(`ok   ${name}: ${object._typename}, ${svg.length} bytes of SVG`);
   } catch (err) {
      failures++;
      console.log(`FAIL ${name}: ${err?.stack ?? err}`);
   }
}
console.log(`JSROOT ${version}: ${failures} failure(s)`);
process.exit(failures ? 1 : 0);
