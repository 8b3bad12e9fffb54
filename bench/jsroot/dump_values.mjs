// Dumps the values that JSROOT reads from ROOT-written files, one line per member:
//   <file> <key> <member> <value or comma-separated values>
// the reference that root/src/test/resources/org/rootprompt/root/io/jsroot_values.txt records for
// ReadRootFilesTest. Usage: node dump_values.mjs /work/shared/testdata/rootfiles/{a,b}.root
import { openFile, version } from 'jsroot';

const members = {
   TH1: ['fTitle', 'fEntries', 'fTsumw', 'fTsumw2', 'fTsumwx', 'fTsumwx2', 'fXaxis.fNbins', 'fXaxis.fXmin',
         'fXaxis.fXmax', 'fXaxis.fXbins', 'fLineColor', 'fSumw2', 'fArray'],
   TH2: ['fYaxis.fNbins', 'fYaxis.fXmin', 'fYaxis.fXmax', 'fYaxis.fXbins', 'fTsumwy', 'fTsumwy2', 'fTsumwxy'],
   TGraph: ['fTitle', 'fNpoints', 'fX', 'fY', 'fLineColor', 'fMarkerStyle'],
   TGraphErrors: ['fEX', 'fEY'],
   TGraphAsymmErrors: ['fEXlow', 'fEXhigh', 'fEYlow', 'fEYhigh']
};

const format = v => (Array.isArray(v) || ArrayBuffer.isView(v)) ? Array.from(v).join(',') : String(v);

console.log(`# JSROOT ${version}: node bench/jsroot/dump_values.mjs ${process.argv.slice(2).join(' ')}`);
for (const path of process.argv.slice(2)) {
   const file = await openFile(path);
   for (const key of file.fKeys.filter(k => k.fName !== 'StreamerInfo')) {
      const obj = await file.readObject(`${key.fName};${key.fCycle}`);
      const type = obj._typename;
      const lists = type.startsWith('TH2') ? ['TH1', 'TH2'] : type.startsWith('TH1') ? ['TH1']
         : type === 'TGraph' ? ['TGraph'] : ['TGraph', type];
      for (const member of lists.flatMap(l => members[l])) {
         const value = member.split('.').reduce((o, m) => o[m], obj);
         console.log(`${path.split('/').pop()} ${key.fName} ${member} ${format(value)}`);
      }
   }
}
