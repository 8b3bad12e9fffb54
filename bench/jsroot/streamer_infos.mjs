// Dumps the streamer infos of ROOT-written files as JSON, read by JSROOT: the reference that
// root/src/test/resources/org/rootprompt/root/io/streamer_infos.json records for ClassDescriptionTest.
// Usage: node streamer_infos.mjs /work/shared/testdata/rootfiles/*.root > streamer_infos.json
import { openFile } from 'jsroot';

const infos = {};
for (const path of process.argv.slice(2)) {
   const file = await openFile(path);
   for (const si of file.fStreamerInfos?.arr ?? []) {
      if (!si.fName || infos[`${si.fName} v${si.fClassVersion}`])
         continue;
      infos[`${si.fName} v${si.fClassVersion}`] = {
         file: path.split('/').pop(),
         checksum: si.fCheckSum >>> 0,
         elements: (si.fElements?.arr ?? []).map(e => ({
            name: e.fName, type: e.fType, typeName: e.fTypeName, countName: e.fCountName ?? null
         }))
      };
   }
}
console.log(JSON.stringify(infos, null, 1));
