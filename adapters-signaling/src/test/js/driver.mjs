// Drives socket.io-client sockets for a JUnit test: `node driver.mjs <url> [maxSeconds]`.
// Reads one JSON command per line on stdin, prints one JSON line per thing that happened on stdout:
//   {"op":"connect","as":"ann","token":"<jwt>"}            auth {token}; "auth": {...} sends that object instead,
//                                                           "noAuth": true sends no auth payload at all,
//                                                           "headers": {...} adds handshake headers (e.g. Origin)
//   {"op":"emit","as":"ann","event":"video:join-room","data":{...},"ack":"tag"}   "args": [...] replaces data;
//                                                           with "ack" the server's ack is printed under that tag
//   {"op":"raw","as":"x"}        an Engine.IO connection to the server with no Socket.IO socket on it: the test writes
//                                the Socket.IO packets itself, as a client that ignores the protocol would
//   {"op":"rawSend","as":"x","packet":"0/coup,{...}"}     one Socket.IO packet as written on the wire
//   {"op":"close","as":"ann"}    {"op":"exit"}
// Printed: {"as","type":"connect","id"} | {"as","type":"connect_error","message","data"} |
//          {"as","type":"disconnect","reason"} | {"as","type":"event","event","data"} |
//          {"as","type":"ack","tag","data"} | {"as","type":"ack_timeout","tag"} | {"type":"ready"} | {"type":"fatal",...}
//          raw: {"as","type":"raw_open"} | {"as","type":"raw","data":"<packet>"} | {"as","type":"raw_close","reason"}
import { io, Manager } from 'socket.io-client';
import readline from 'node:readline';

const url = process.argv[2];
const maxSeconds = Number(process.argv[3] ?? 90);
const sockets = new Map();
const raws = new Map();

function print(line) {
  process.stdout.write(JSON.stringify(line) + '\n');
}

function finish(code) {
  for (const socket of sockets.values()) {
    socket.disconnect();
  }
  for (const manager of raws.values()) {
    manager.engine?.close();
  }
  setTimeout(() => process.exit(code), 50);
}

// Never outlive the test, whatever happens to it.
setTimeout(() => {
  print({ type: 'fatal', message: `driver timed out after ${maxSeconds}s` });
  finish(2);
}, maxSeconds * 1000).unref();

function connect(cmd) {
  const options = {
    path: cmd.path ?? '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 5000,
  };
  if (cmd.auth !== undefined) {
    options.auth = cmd.auth;
  } else if (!cmd.noAuth) {
    options.auth = { token: cmd.token };
  }
  if (cmd.headers) {
    options.extraHeaders = cmd.headers;
  }
  const socket = io(url, options);
  sockets.set(cmd.as, socket);
  socket.on('connect', () => print({ as: cmd.as, type: 'connect', id: socket.id }));
  socket.on('connect_error', (err) => print({ as: cmd.as, type: 'connect_error', message: err.message, data: err.data ?? null }));
  socket.on('disconnect', (reason) => print({ as: cmd.as, type: 'disconnect', reason }));
  socket.onAny((event, ...args) => print({ as: cmd.as, type: 'event', event, data: args[0] ?? null }));
}

function raw(cmd) {
  const manager = new Manager(new URL(url).origin, {
    path: cmd.path ?? '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    autoConnect: false,
    timeout: 5000,
  });
  raws.set(cmd.as, manager);
  manager.on('close', (reason) => print({ as: cmd.as, type: 'raw_close', reason }));
  manager.open((err) => {
    if (err) {
      print({ type: 'fatal', message: `raw ${cmd.as}: ${err.message}` });
      return;
    }
    manager.engine.on('message', (data) => print({ as: cmd.as, type: 'raw', data: String(data) }));
    print({ as: cmd.as, type: 'raw_open' });
  });
}

function rawSend(cmd) {
  const manager = raws.get(cmd.as);
  if (!manager?.engine) {
    print({ type: 'fatal', message: `no raw connection ${cmd.as}` });
    return;
  }
  manager.engine.write(cmd.packet);
}

// Stops reading the socket's websocket (ws pauses its TCP socket): a client that takes nothing the server sends, as a
// stalled browser tab would; the server's writes pile up in the kernel and then in netty.
function pause(cmd) {
  const ws = sockets.get(cmd.as)?.io.engine?.transport?.ws;
  if (!ws?.pause) {
    print({ type: 'fatal', message: `no websocket to pause for ${cmd.as}` });
    return;
  }
  ws.pause();
  print({ as: cmd.as, type: 'paused' });
}

function emit(cmd) {
  const socket = sockets.get(cmd.as);
  if (!socket) {
    print({ type: 'fatal', message: `no socket ${cmd.as}` });
    return;
  }
  const args = cmd.args ?? [cmd.data];
  if (cmd.ack) {
    socket.timeout(5000).emit(cmd.event, ...args, (err, response) => {
      if (err) {
        print({ as: cmd.as, type: 'ack_timeout', tag: cmd.ack });
      } else {
        print({ as: cmd.as, type: 'ack', tag: cmd.ack, data: response ?? null });
      }
    });
  } else {
    socket.emit(cmd.event, ...args);
  }
}

const input = readline.createInterface({ input: process.stdin });
input.on('line', (line) => {
  if (!line.trim()) {
    return;
  }
  let cmd;
  try {
    cmd = JSON.parse(line);
  } catch (e) {
    print({ type: 'fatal', message: `bad command: ${line}` });
    return;
  }
  switch (cmd.op) {
    case 'connect': connect(cmd); break;
    case 'emit': emit(cmd); break;
    case 'raw': raw(cmd); break;
    case 'rawSend': rawSend(cmd); break;
    case 'close': sockets.get(cmd.as)?.disconnect(); break;
    case 'pause': pause(cmd); break;
    case 'exit': finish(0); break;
    default: print({ type: 'fatal', message: `unknown op ${cmd.op}` });
  }
});
input.on('close', () => finish(0));
print({ type: 'ready' });
