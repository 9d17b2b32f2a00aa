// Signaling benchmarks, run by bench/signaling.sh (which starts the service and creates the rooms in SQL):
//   node bench.mjs relay   N sockets in rooms of 5 send offers / ICE candidates to their room peers; prints one
//                          table row: rates, send-to-receipt latency percentiles, refusals, lost relays.
//   node bench.mjs idle    M sockets connect and stay idle; heap after a full GC (jcmd) before and after; prints
//                          one table row.
// Settings come from the environment (see signaling.sh). The sockets are spread over WORKERS worker threads.
import { Worker } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';

const mode = process.argv[2];
const env = (name, fallback) => process.env[name] ?? fallback;
const url = `http://127.0.0.1:${env('SIO_PORT')}/coup`;
const workerCount = Number(env('WORKERS', availableParallelism()));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message) => process.stderr.write(`[${mode}] ${message}\n`);

const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./worker.mjs', import.meta.url), {
  workerData: {
    mode, url, secret: env('SECRET'), concurrency: Number(env('CONNECT_CONCURRENCY', 50)), acks: env('ACKS', '1') !== '0',
  },
}));

// Sends one command to every worker and waits for each one's answer.
function all(commandOf) {
  return Promise.all(workers.map((worker, i) => new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(commandOf(i));
  })));
}

function sum(replies, field) {
  return replies.reduce((total, reply) => total + reply[field], 0);
}

async function connect(commandOf, expected) {
  const started = Date.now();
  const replies = await all(commandOf);
  const connected = sum(replies, 'sockets');
  const failures = replies.flatMap((reply) => reply.failures);
  log(`${connected}/${expected} sockets ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    log(`${failures.length} failed, e.g. ${failures.slice(0, 3).join('; ')}`);
  }
  return connected;
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function relay() {
  const n = Number(env('N'));
  const rate = Number(env('RATE'));
  const prefix = env('PREFIX');
  const warmupMs = Number(env('WARMUP', 10)) * 1000;
  const durationMs = Number(env('DURATION', 20)) * 1000;
  // The ids signaling.sh gave the rooms in SQL; room r goes to worker r % WORKERS, all 5 sockets together.
  const rooms = Array.from({ length: n / 5 }, (_, r) => ({
    studyId: `${prefix}-s${r}`,
    roomId: `study-${prefix}-s${r}-${prefix}-c${r}`,
    users: Array.from({ length: 5 }, (_, k) => `${prefix}-u${r}-${k}`),
  }));
  const connected = await connect((i) => ({ op: 'connect', rooms: rooms.filter((_, r) => r % workerCount === i) }), n);
  if (connected !== n) {
    throw new Error(`only ${connected} of ${n} sockets joined their rooms`);
  }
  log(`sending ${rate}/s per socket for ${warmupMs / 1000} s warm-up + ${durationMs / 1000} s measured`);
  const running = all(() => ({ op: 'start', rate, warmupMs, durationMs, drainMs: 3000 }));
  await sleep(warmupMs);
  const cpuBefore = cpuSeconds();
  await sleep(durationMs);
  const cpuAfter = cpuSeconds();
  const replies = await running;
  const latencies = new Float64Array(replies.reduce((total, reply) => total + reply.latencies.length, 0));
  let offset = 0;
  for (const reply of replies) {
    latencies.set(reply.latencies, offset);
    offset += reply.latencies.length;
  }
  latencies.sort();
  const sent = sum(replies, 'sent');
  const received = sum(replies, 'received');
  const errors = sum(replies, 'refused') + sum(replies, 'ackTimeouts');
  const codes = {};
  for (const [code, count] of replies.flatMap((reply) => Object.entries(reply.codes))) {
    codes[code] = (codes[code] ?? 0) + count;
  }
  if (errors > 0) {
    log(`refused: ${JSON.stringify(codes)}, ack timeouts: ${sum(replies, 'ackTimeouts')}`);
  }
  const seconds = durationMs / 1000;
  const ms = (value) => value.toFixed(2);
  const cores = (side) => ((cpuAfter[side] - cpuBefore[side]) / seconds * 100).toFixed(0);
  console.log([n, rate, n * rate, Math.round(sent / seconds), Math.round(received / seconds),
    ms(percentile(latencies, 0.5)), ms(percentile(latencies, 0.95)), ms(percentile(latencies, 0.99)),
    ms(latencies[latencies.length - 1] ?? NaN), errors, sum(replies, 'disconnects'),
    sent === received ? 'yes' : `no (${sent - received} lost)`, cores('server'), cores('client')].join('\t'));
}

// CPU seconds used so far by the service (utime + stime of /proc/<pid>/stat) and by this Node process, all threads:
// with client and server on one machine, they show which side ran out of cores.
function cpuSeconds() {
  const fields = readFileSync(`/proc/${env('APP_PID')}/stat`, 'utf8').split(') ')[1].split(' ');
  const { user, system } = process.cpuUsage();
  return {
    server: (Number(fields[11]) + Number(fields[12])) / Number(env('CLK_TCK', 100)),
    client: (user + system) / 1e6,
  };
}

// Heap used after a full collection, in bytes: jcmd GC.run twice (the second also collects what the first
// finalized), then the "used" figure of GC.heap_info's first line (G1: "garbage-first heap total …, used …K").
function heapAfterGc() {
  const pid = env('APP_PID');
  execFileSync('jcmd', [pid, 'GC.run']);
  execFileSync('jcmd', [pid, 'GC.run']);
  const info = execFileSync('jcmd', [pid, 'GC.heap_info']).toString();
  const used = /heap\s+total \d+K, used (\d+)K/.exec(info);
  if (!used) {
    throw new Error(`cannot read the heap from jcmd GC.heap_info:\n${info}`);
  }
  return Number(used[1]) * 1024;
}

async function idle() {
  const m = Number(env('M'));
  const holdMs = Number(env('HOLD', 60)) * 1000;
  const before = heapAfterGc();
  const users = Array.from({ length: m }, (_, i) => `idle-u${i}`);
  const connected = await connect((i) => ({ op: 'connect', users: users.filter((_, u) => u % workerCount === i) }), m);
  log(`holding ${connected} idle sockets for ${holdMs / 1000} s (heartbeat every 25 s)`);
  await sleep(holdMs);
  const replies = await all(() => ({ op: 'count' }));
  const health = await (await fetch(`http://127.0.0.1:${env('HTTP_PORT')}/signaling/health`)).json();
  const after = heapAfterGc();
  // Then all close: what the service kept of them shows as heap that a full GC cannot free.
  await all(() => ({ op: 'disconnect' }));
  let left = health.connections;
  for (let waited = 0; left > 0 && waited < 30_000; waited += 500) {
    await sleep(500);
    left = (await (await fetch(`http://127.0.0.1:${env('HTTP_PORT')}/signaling/health`)).json()).connections;
  }
  const closed = heapAfterGc();
  const mib = (bytes) => (bytes / 1048576).toFixed(1);
  const perSocket = (after - before) / connected;
  console.log([m, connected, sum(replies, 'connected'), health.connections, mib(before), mib(after),
    mib(after - before), Math.round(perSocket), mib(before + 10_000 * perSocket), left, mib(closed)].join('\t'));
}

try {
  await (mode === 'relay' ? relay() : idle());
} finally {
  // Each worker closes its sockets and exits.
  await Promise.all(workers.map((worker) => new Promise((resolve) => {
    worker.once('exit', resolve);
    worker.postMessage({ op: 'close' });
  })));
}
