// Dumps every member of the objects JSROOT reads from a file, one line per basic value:
//   <key> <member path> <value or comma-separated values>
// nested objects as P3.Px, arrays of objects as ArrayP3s[2].Px; TObject's fBits are left out
// (JSROOT keeps the in-memory bits such as kIsOnHeap, which ROOT does not restore).
// The reference of GenericObjectTest (root/src/test/resources/org/rootprompt/root/io/jsroot_members.txt).
// Usage: node dump_members.mjs file.root
import { openFile, version } from 'jsroot';

const format = v => (Array.isArray(v) || ArrayBuffer.isView(v)) ? Array.from(v).join(',') : String(v);
const isObjects = v => Array.isArray(v) && v.length > 0 && typeof v[0] === 'object';

function dump(key, prefix, obj) {
   for (const [name, value] of Object.entries(obj)) {
      if (name === '_typename' || name === 'fBits' || typeof value === 'function')
         continue;
      const path = prefix + name;
      if (isObjects(value))
         value.forEach((o, i) => dump(key, `${path}[${i}].`, o));
      else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value) && !Array.isArray(value))
         dump(key, path + '.', value);
      else
         console.log(`${key} ${path} ${format(value)}`);
   }
}

console.log(`# JSROOT ${version}: node bench/jsroot/dump_members.mjs ${process.argv.slice(2).join(' ')}`);
const file = await openFile(process.argv[2]);
for (const key of file.fKeys.filter(k => k.fName !== 'StreamerInfo'))
   dump(key.fName, '', await file.readObject(`${key.fName};${key.fCycle}`));
