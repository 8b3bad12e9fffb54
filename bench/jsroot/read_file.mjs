// Checks that JSROOT reads a ROOT file that we wrote: opens it with openFile, compares the key
// listing (name, cycle, class) and every object, member by member, with what we meant to write,
// given as a JSON file {"keys":[{"name","cycle","className"}], "objects":{"name;cycle": <TBufferJSON>}}.
// Float members may differ in the last bits (JSON prints a float's shortest digits); TObject fBits
// are compared without kIsOnHeap|kNotDeleted, which files carry and JSON does not.
// Histograms and graphs read must also draw with makeSVG.
// The file's streamer infos, as JSROOT decodes them, must equal ROOT's for every class and version
// found in the reference files given after the expectation (streamer_infos.json, recorded from
// ROOT-written files): same checksum, same elements (name, type, type name, counter).
// Usage: node read_file.mjs <file.root> <expected.json> [streamer_infos.json…]; exit 1 on any difference.
import { readFileSync } from 'node:fs';
import { openFile, parse, makeSVG, version } from 'jsroot';

const [path, expectedPath, ...referencePaths] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
const problems = [];

function same(a, b, where) {
   if (typeof a === 'number' || typeof b === 'number') {
      if (typeof a !== 'number' || typeof b !== 'number')
         return problems.push(`${where}: ${JSON.stringify(b)} instead of ${JSON.stringify(a)}`);
      if (where.endsWith('.fBits'))
         return (a & 0xFFFFFF) === (b & 0xFFFFFF) || problems.push(`${where}: ${b} instead of ${a}`);
      const tolerance = 1e-6 * Math.max(1, Math.abs(a));
      return Math.abs(a - b) <= tolerance || problems.push(`${where}: ${b} instead of ${a}`);
   }
   if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
      // an empty basic array may come back as null or [] from a file
      const empty = x => x === null || (Array.isArray(x) && x.length === 0);
      if (a === b || (empty(a) && empty(b)))
         return;
      return problems.push(`${where}: ${JSON.stringify(b)} instead of ${JSON.stringify(a)}`);
   }
   if (Array.isArray(a) || ArrayBuffer.isView(a)) {
      const bArr = Array.from(b ?? []);
      const aArr = Array.from(a);
      if (aArr.length !== bArr.length)
         return problems.push(`${where}: length ${bArr.length} instead of ${aArr.length}`);
      aArr.forEach((x, i) => same(x, bArr[i], `${where}[${i}]`));
      return;
   }
   // methods that parse() and the file reader attach are not data
   const data = obj => Object.keys(obj).filter(key => typeof obj[key] !== 'function');
   // TBufferJSON leaves out a collection's TObject part
   const collectionObject = key => /^T(Hash)?List$/.test(a._typename) && (key === 'fUniqueID' || key === 'fBits');
   for (const key of data(a)) {
      if (!(key in b))
         problems.push(`${where}.${key}: missing`);
      else
         same(a[key], b[key], `${where}.${key}`);
   }
   for (const key of data(b))
      if (!(key in a) && !key.startsWith('$') && !key.startsWith('_') && !collectionObject(key))
         problems.push(`${where}.${key}: not written by us`);
}

const file = await openFile(path);
const keys = file.fKeys.filter(k => k.fName !== 'StreamerInfo')
   .map(k => ({ name: k.fName, cycle: k.fCycle, className: k.fClassName }));
same(expected.keys, keys, 'keys');
for (const [namecycle, json] of Object.entries(expected.objects)) {
   try {
      const obj = await file.readObject(namecycle);
      same(parse(json), obj, namecycle);
      // and the histograms and graphs read from the file draw
      if (/^(TH[12]|TGraph)/.test(obj._typename)) {
         const svg = await makeSVG({ object: obj, option: '', width: 800, height: 600 });
         if (!/<path[^>]* d="M/.test(svg))
            problems.push(`${namecycle}: makeSVG drew nothing`);
      }
   } catch (err) {
      problems.push(`${namecycle}: ${err?.stack ?? err}`);
   }
}
const references = Object.assign({}, ...referencePaths.map(p => JSON.parse(readFileSync(p, 'utf8'))));
let infosChecked = 0;
const unchecked = [];
for (const si of file.fStreamerInfos.arr) {
   const reference = references[`${si.fName} v${si.fClassVersion}`];
   if (!reference) {
      unchecked.push(`${si.fName} v${si.fClassVersion}`);
      continue;
   }
   infosChecked++;
   const ours = {
      checksum: si.fCheckSum >>> 0,
      elements: si.fElements.arr.map(e => ({ name: e.fName, type: e.fType, typeName: e.fTypeName,
                                            countName: e.fCountName ?? null }))
   };
   same({ checksum: reference.checksum, elements: reference.elements }, ours, `streamer info ${si.fName}`);
}
problems.forEach(p => console.log(`FAIL ${p}`));
console.log(`${infosChecked} of ${file.fStreamerInfos.arr.length} streamer infos checked against ROOT's; ` +
            `no reference for: ${unchecked.sort().join(', ')}`);
console.log(`JSROOT ${version}: ${keys.length} keys, ${Object.keys(expected.objects).length} objects, ` +
            `${problems.length} difference(s)`);
process.exit(problems.length ? 1 : 0);
