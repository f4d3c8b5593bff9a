// Preloaded by the benchmark into the CLI's process (`node -r`): on exit, writes what the process
// used, all its threads together (CPU, peak RSS), to the file named by UNPRESS_BENCH_USAGE.
// Peak RSS comes from /proc/self/status (VmHWM) where there is one: getrusage's maxRSS of a
// process started with fork + exec keeps the parent's high-water mark (the benchmark's own
// ~600 MB), VmHWM belongs to the new program.
const { readFileSync, writeFileSync } = require('node:fs');
process.on('exit', () => {
  const file = process.env.UNPRESS_BENCH_USAGE;
  if (!file) return;
  const usage = process.resourceUsage();
  let peakKb = usage.maxRSS;
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) peakKb = Number(hwm[1]);
  } catch {
    // Not Linux: maxRSS it is.
  }
  writeFileSync(file, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakKb }));
});
