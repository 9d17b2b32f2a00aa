// One worker thread of bench.mjs: holds its share of the sockets and answers the main thread's commands.
//   relay: connects its rooms' sockets (all 5 of a room here, so a relay's send and receive times come from one
//          clock), joins each to its call room, then on 'start' sends offers / ICE candidates at a steady rate.
//   idle:  connects its sockets and leaves them alone; on 'count' reports how many are still connected.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { token } from './token.mjs';

const { mode, url, secret, concurrency, acks } = workerData;
const ACK_TIMEOUT_MS = 10_000;
const JOIN_TIMEOUT_MS = 60_000;   // the first joins of a fresh service on a busy machine can take seconds
const sockets = [];
let disconnects = 0;

// Sizes of real browser signaling: an offer's SDP is a few KiB, a trickled ICE candidate one line.
const SDP = 'v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0 1\r\n'
  + 'a=rtpmap:111 opus/48000/2\r\na=rtcp-fb:111 transport-cc\r\na=fmtp:111 minptime=10;useinbandfec=1\r\n'.repeat(20);
const CANDIDATE = 'candidate:842163049 1 udp 1677729535 192.0.2.10 54321 typ srflx raddr 10.0.0.5 rport 54321 '
  + 'generation 0 ufrag EsAw network-cost 999';

function connect(userId) {
  return new Promise((resolve) => {
    const socket = io(url, {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 60_000,
      auth: { token: token(secret, userId, `Bench ${userId}`) },
    });
    socket.once('connect', () => {
      socket.on('disconnect', () => disconnects++);
      resolve(socket);
    });
    socket.once('connect_error', (err) => {
      socket.close();
      resolve(new Error(`${userId}: ${err.message}`));
    });
  });
}

// Runs job(item) for every item, at most `concurrency` at a time: thousands of handshakes at once would only
// measure the accept queue.
async function pool(items, job) {
  const results = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return results;
}

// --- relay ---------------------------------------------------------------------------------------------------------

const latencies = [];       // ms, of the relays sent inside the measured window
const relay = { sent: 0, received: 0, acked: 0, refused: 0, ackTimeouts: 0, codes: {} };

function refused(code) {
  relay.refused++;
  relay.codes[code] = (relay.codes[code] ?? 0) + 1;
}

function onRelay(signal) {
  if (signal?.m === 1) {
    relay.received++;
    latencies.push(performance.now() - signal.t);
  }
}

async function joinRooms(rooms) {
  const failures = [];
  await pool(rooms.flatMap((room) => room.users.map((userId) => ({ room, userId }))), async ({ room, userId }) => {
    const socket = await connect(userId);
    if (socket instanceof Error) {
      failures.push(socket.message);
      return;
    }
    const ack = await socket.timeout(JOIN_TIMEOUT_MS).emitWithAck('video:join-room',
      { studyId: room.studyId, roomId: room.roomId }).catch((err) => ({ ok: false, code: err.message }));
    if (!ack.ok) {
      failures.push(`${userId}: join ${ack.code}`);
      return;
    }
    socket.on('video:offer', (data) => onRelay(data.offer));
    socket.on('video:ice-candidate', (data) => onRelay(data.candidate));
    if (!acks) {
      // Without acks a refusal arrives as an 'error' event only (with acks it comes both ways: counted by the ack).
      socket.on('error', (error) => refused(error?.code));
    }
    sockets.push({ socket, room });
  });
  for (const entry of sockets) {
    entry.peers = sockets.filter((other) => other.room === entry.room && other !== entry)
      .map((other) => other.socket.id);
  }
  return failures;
}

// Every socket sends `rate` relays a second, round-robin over its peers, one offer then four ICE candidates, from a
// random phase so the sends spread evenly over time. Relays due in [warmup, warmup + duration) carry m: 1.
// One 1 ms tick per worker sends every relay that is due, late ones at once: a timer per socket (setInterval) drops
// the ticks it misses while the event loop is busy, and the bench then sends less than it claims. All sockets share
// one period, so their sends come round in the fixed order of their phases.
function send(rate, warmupMs, durationMs) {
  const start = performance.now();
  const measureFrom = start + warmupMs;
  const stopAt = measureFrom + durationMs;
  const period = 1000 / rate;
  const schedule = sockets.map((entry) => ({ ...entry, phase: Math.random() * period, n: 0 }))
    .sort((a, b) => a.phase - b.phase);
  let round = 0;
  let next = 0;
  const dueOf = (i) => start + round * period + schedule[i].phase;
  const timer = setInterval(() => {
    const now = performance.now();
    for (let due = dueOf(next); due <= now && due < stopAt; due = dueOf(next)) {
      relayFrom(schedule[next], now, due >= measureFrom ? 1 : 0);
      next++;
      if (next === schedule.length) {
        next = 0;
        round++;
      }
    }
    if (dueOf(next) >= stopAt) {
      clearInterval(timer);
    }
  }, 1);
  return stopAt - start;
}

// One relay of `socket` to its next peer; the payload carries the time it is sent at.
function relayFrom(socket, now, measured) {
  const to = socket.peers[socket.n % socket.peers.length];
  const [event, payload] = socket.n % 5 === 0
    ? ['video:offer', { to, offer: { type: 'offer', sdp: SDP, t: now, m: measured } }]
    : ['video:ice-candidate',
        { to, candidate: { candidate: CANDIDATE, sdpMid: '0', sdpMLineIndex: 0, t: now, m: measured } }];
  socket.n++;
  if (measured) {
    relay.sent++;
  }
  if (!acks) {
    socket.socket.emit(event, payload);
    return;
  }
  socket.socket.timeout(ACK_TIMEOUT_MS).emit(event, payload, (err, ack) => {
    if (err) {
      relay.ackTimeouts++;
    } else if (ack?.ok) {
      relay.acked++;
    } else {
      refused(ack?.code);
    }
  });
}

// --- commands ------------------------------------------------------------------------------------------------------

parentPort.on('message', async (cmd) => {
  if (cmd.op === 'connect') {
    const failures = mode === 'relay'
      ? await joinRooms(cmd.rooms)
      : (await pool(cmd.users, async (userId) => {
          const socket = await connect(userId);
          if (socket instanceof Error) {
            return socket.message;
          }
          sockets.push({ socket });
          return null;
        })).filter(Boolean);
    parentPort.postMessage({ op: 'connected', sockets: sockets.length, failures });
  } else if (cmd.op === 'start') {
    const sendingMs = send(cmd.rate, cmd.warmupMs, cmd.durationMs);
    // Report once the last relays and acks had time to arrive.
    setTimeout(() => {
      const values = Float64Array.from(latencies);
      parentPort.postMessage({ op: 'relayed', ...relay, disconnects, latencies: values }, [values.buffer]);
    }, sendingMs + cmd.drainMs);
  } else if (cmd.op === 'count') {
    parentPort.postMessage({ op: 'counted', connected: sockets.filter((s) => s.socket.connected).length, disconnects });
  } else if (cmd.op === 'disconnect') {
    sockets.splice(0).forEach(({ socket }) => socket.close());
    parentPort.postMessage({ op: 'disconnected' });
  } else if (cmd.op === 'close') {
    sockets.forEach(({ socket }) => socket.close());
    setTimeout(() => process.exit(0), 200);
  }
});
