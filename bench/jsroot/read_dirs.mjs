// Lists a ROOT file through its directories as JSROOT reads them, one line per key:
//   <path>/<name>;<cycle> <class> [<fEntries of a histogram> <fTitle>]
// directories recursed into (readDirectory), every histogram read (readObject with its path).
// Usage: node read_dirs.mjs <file.root>; exit 1 if anything cannot be read.
import { openFile, version } from 'jsroot';

const file = await openFile(process.argv[2]);
console.log(`JSROOT ${version}`);

async function walk(dir, path) {
   for (const key of dir.fKeys) {
      if (!path && key.fName === 'StreamerInfo')
         continue;
      const name = `${path}${key.fName}`;
      if (key.fClassName === 'TDirectory' || key.fClassName === 'TDirectoryFile') {
         console.log(`${name};${key.fCycle} ${key.fClassName} ${key.fTitle}`);
         await walk(await file.readDirectory(name, key.fCycle), `${name}/`);
      } else {
         const obj = await file.readObject(name, key.fCycle);
         const entries = obj.fEntries !== undefined ? ` ${obj.fEntries}` : '';
         console.log(`${name};${key.fCycle} ${key.fClassName}${entries} ${obj.fTitle}`);
      }
   }
}

try {
   await walk(file, '');
} catch (e) {
   console.log(`error: ${e.message}`);
   process.exit(1);
}
