// Reference values for AxisTicksTest from JSROOT, for the axes where JSROOT's tick choice
// (d3's scale.ticks with JSROOT's TAxisPainter.produceTicks check) and ROOT's
// THLimitsFinder::Optimize agree: a step of 1, 2 or 5 times a power of ten inside the range.
// (They differ elsewhere, e.g. 0..12345: d3 steps by 1000 where ROOT steps by 2000.)
// Negative ndivisions ("exact ticks") are a uniform split in both.
//
// Run: (cd /tmp/jsref && npm install jsroot@7.11.2)
//      node bench/reference/axis_ticks_jsroot.mjs /tmp/jsref/node_modules/jsroot
const root = process.argv[2];
const { scaleLinear } = await import(`${root}/modules/d3.mjs`);

function produceTicks(min, max, total) {
   const func = scaleLinear().domain([min, max]);
   const check = ticks => ticks.length <= total ||
      (ticks.length === total + 1 && (ticks[0] === min || ticks[total] === max));
   const res1 = func.ticks(total);
   if (check(res1)) return res1;
   const res2 = func.ticks(Math.round(total * 0.7));
   return res2.length > 2 && check(res2) ? res2 : res1;
}

function exactTicks(min, max, ndiv) {
   const ticks = [];
   for (let n = 0; n <= ndiv; ++n) ticks.push((min * (ndiv - n) + max * n) / ndiv);
   return ticks;
}

for (const [min, max] of [[-4, 4], [0, 1], [0, 1000], [0, 33.6], [0, 0.95]])
   console.log(`${min}..${max} 510:`, produceTicks(min, max, 10).join(' '));
console.log('0..0.95 -510:', exactTicks(0, 0.95, 10).join(' '));
