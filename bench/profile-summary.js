#!/usr/bin/env node
// Summarizes a V8 CPU profile (.cpuprofile, written by `node --cpu-prof`): the functions with the
// most self time, time per origin (our src/, generated bindings, cdktf, constructs, node, GC),
// and the inclusive time of our own functions. Frames of the compiled library (bench/.build/src)
// are mapped back to src/*.ts lines through their inline source maps.
//
//   node bench/profile-summary.js <profile.cpuprofile> [--top 15] [--vs <other.cpuprofile>]
//
// With --vs, also lists the functions whose self time differs most between the two profiles
// (e.g. HaService vs raw provider classes on the same catalog).
'use strict';
const fs = require('fs');
const path = require('path');
const { SourceMap } = require('module');
const { fileURLToPath } = require('url');

const ROOT = path.resolve(__dirname, '..');

/** Where a frame comes from, by script URL. */
function originOf(url, functionName) {
  if (!url) {
    if (functionName === '(garbage collector)') return 'gc';
    if (functionName === '(program)' || functionName === '(idle)' || functionName === '(root)') return 'v8 (program/idle)';
    return 'v8 builtins';
  }
  if (url.startsWith('node:')) return 'node';
  if (url.includes('/bench/.build/src/provider/')) return 'src/provider (generated bindings)';
  if (url.includes('/bench/.build/src/')) return 'src (ours)';
  if (url.includes('/bench/.build/bench/')) return 'bench';
  const dep = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (dep) return dep[1] === 'cdktf' || dep[1] === 'constructs' ? dep[1] : `dep ${dep[1]}`;
  return 'other';
}

const sourceMaps = new Map();
/** src/x.ts:line for a frame of the compiled library, else a path relative to the repository. */
function location(url, line, column) {
  if (!url) return '';
  if (url.startsWith('node:')) return `${url}:${line + 1}`;
  let file;
  try {
    file = url.startsWith('file:') ? fileURLToPath(url) : url;
  } catch {
    return url;
  }
  if (file.includes(`${path.sep}bench${path.sep}.build${path.sep}`)) {
    if (!sourceMaps.has(file)) {
      let map = null;
      try {
        const text = fs.readFileSync(file, 'utf8');
        const m = /\/\/# sourceMappingURL=data:application\/json;(?:charset=utf-8;)?base64,([A-Za-z0-9+/=]+)\s*$/.exec(text);
        if (m) map = new SourceMap(JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')));
      } catch {
        map = null;
      }
      sourceMaps.set(file, map);
    }
    const map = sourceMaps.get(file);
    const entry = map && map.findEntry(line, column);
    const resolveSource = (source) => (source.startsWith('file:') ? fileURLToPath(source) : path.resolve(path.dirname(file), source));
    if (entry && entry.originalSource) {
      return `${path.relative(ROOT, resolveSource(entry.originalSource))}:${entry.originalLine + 1}`;
    }
    // The module wrapper (line 1, column 0) has no mapping: name the module's source file.
    if (map && map.payload && map.payload.sources && map.payload.sources.length === 1) {
      return `${path.relative(ROOT, resolveSource(map.payload.sources[0]))}:${line + 1}`;
    }
  }
  return `${path.relative(ROOT, file)}:${line + 1}`;
}

/** Parses a profile into per-node self times (ms) and parent links. */
function load(file) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children || []) parent.set(child, n.id);
  const self = new Map();
  const { samples, timeDeltas } = profile;
  const meanDelta = (profile.endTime - profile.startTime) / Math.max(samples.length, 1);
  for (let i = 0; i < samples.length; i++) {
    // The time until the next sample is spent where this sample was taken.
    const micros = i + 1 < timeDeltas.length ? timeDeltas[i + 1] : meanDelta;
    self.set(samples[i], (self.get(samples[i]) || 0) + micros / 1000);
  }
  return { profile, nodes, parent, self, totalMs: (profile.endTime - profile.startTime) / 1000 };
}

function frameKey(callFrame) {
  return `${callFrame.functionName || '(anonymous)'}|${callFrame.url}|${callFrame.lineNumber}|${callFrame.columnNumber}`;
}

function describe(callFrame) {
  const origin = originOf(callFrame.url, callFrame.functionName);
  const moduleLoad = !callFrame.functionName && callFrame.lineNumber === 0 && callFrame.columnNumber === 0 && callFrame.url;
  return {
    name: moduleLoad ? '(module load)' : callFrame.functionName || '(anonymous)',
    origin,
    where: location(callFrame.url, callFrame.lineNumber, callFrame.columnNumber),
  };
}

/** The figures of one profile. */
function summarize(file) {
  const { nodes, parent, self, totalMs } = load(file);
  const byFunction = new Map();
  const byOrigin = new Map();
  const inclusiveOurs = new Map();
  for (const [id, ms] of self) {
    const node = nodes.get(id);
    const key = frameKey(node.callFrame);
    if (!byFunction.has(key)) byFunction.set(key, { ...describe(node.callFrame), selfMs: 0 });
    byFunction.get(key).selfMs += ms;
    const origin = originOf(node.callFrame.url, node.callFrame.functionName);
    byOrigin.set(origin, (byOrigin.get(origin) || 0) + ms);
    // Inclusive time of our hand-written functions: every distinct one on this sample's stack.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at).callFrame;
      if (originOf(frame.url, frame.functionName) !== 'src (ours)') continue;
      const k = frameKey(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      if (!inclusiveOurs.has(k)) inclusiveOurs.set(k, { ...describe(frame), totalMs: 0 });
      inclusiveOurs.get(k).totalMs += ms;
    }
  }
  const sampledMs = [...byOrigin.values()].reduce((a, b) => a + b, 0);
  return {
    file,
    totalMs,
    sampledMs,
    functions: [...byFunction.values()].sort((a, b) => b.selfMs - a.selfMs),
    origins: [...byOrigin.entries()].map(([origin, ms]) => ({ origin, selfMs: ms })).sort((a, b) => b.selfMs - a.selfMs),
    ours: [...inclusiveOurs.values()].sort((a, b) => b.totalMs - a.totalMs),
  };
}

/** Self time per function, a minus b (functions matched by name and location). */
function compare(a, b) {
  const key = (f) => `${f.name}|${f.where}`;
  const rows = new Map();
  for (const f of a.functions) rows.set(key(f), { ...f, aMs: f.selfMs, bMs: 0 });
  for (const f of b.functions) {
    const row = rows.get(key(f)) || { ...f, aMs: 0, bMs: 0 };
    row.bMs += f.selfMs;
    rows.set(key(f), row);
  }
  const origins = new Map();
  for (const o of a.origins) origins.set(o.origin, { origin: o.origin, aMs: o.selfMs, bMs: 0 });
  for (const o of b.origins) {
    const row = origins.get(o.origin) || { origin: o.origin, aMs: 0, bMs: 0 };
    row.bMs += o.selfMs;
    origins.set(o.origin, row);
  }
  const delta = (r) => r.aMs - r.bMs;
  return {
    functions: [...rows.values()].sort((x, y) => delta(y) - delta(x)),
    origins: [...origins.values()].sort((x, y) => delta(y) - delta(x)),
  };
}

const ms = (v) => `${v.toFixed(0).padStart(6)} ms`;
const pct = (v, total) => `${((100 * v) / total).toFixed(1).padStart(5)}%`;

/** Printable lines of a summary (and of a comparison when `other` is given). */
function format(summary, { top = 15, other, label = 'a', otherLabel = 'b' } = {}) {
  const lines = [];
  const total = summary.sampledMs;
  lines.push(`profile ${path.relative(process.cwd(), summary.file)}: ${summary.totalMs.toFixed(0)} ms profiled`);
  lines.push('  self time by origin:');
  for (const o of summary.origins) lines.push(`    ${ms(o.selfMs)} ${pct(o.selfMs, total)}  ${o.origin}`);
  lines.push(`  top ${top} functions by self time:`);
  for (const f of summary.functions.slice(0, top)) {
    lines.push(`    ${ms(f.selfMs)} ${pct(f.selfMs, total)}  ${f.name}  [${f.origin}] ${f.where}`);
  }
  lines.push(`  our functions (src/, hand-written) by inclusive time, top ${Math.min(top, 10)}:`);
  for (const f of summary.ours.slice(0, Math.min(top, 10))) {
    lines.push(`    ${ms(f.totalMs)} ${pct(f.totalMs, total)}  ${f.name}  ${f.where}`);
  }
  if (other) {
    const c = compare(summary, other);
    lines.push(`  self time by origin, ${label} vs ${otherLabel} (${path.relative(process.cwd(), other.file)}):`);
    for (const o of c.origins) {
      lines.push(`    ${ms(o.aMs)} vs ${ms(o.bMs)}  (${(o.aMs - o.bMs >= 0 ? '+' : '') + (o.aMs - o.bMs).toFixed(0)} ms)  ${o.origin}`);
    }
    lines.push(`  functions with the most extra self time in ${label}, top ${top}:`);
    for (const f of c.functions.slice(0, top)) {
      lines.push(`    +${(f.aMs - f.bMs).toFixed(0).padStart(5)} ms  (${f.aMs.toFixed(0)} vs ${f.bMs.toFixed(0)})  ${f.name}  [${f.origin}] ${f.where}`);
    }
  }
  return lines;
}

module.exports = { summarize, compare, format, originOf };

if (require.main === module) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const value = args[i + 1];
    args.splice(i, 2);
    return value;
  };
  const top = Number(option('--top') || 15);
  const vs = option('--vs');
  if (args.length !== 1) {
    console.error('usage: node bench/profile-summary.js <profile.cpuprofile> [--top N] [--vs <other.cpuprofile>]');
    process.exit(2);
  }
  const summary = summarize(args[0]);
  console.log(format(summary, { top, other: vs ? summarize(vs) : undefined }).join('\n'));
}
