// One video call over the mesh provider: the "one call, then connect" flow of docs/reference-client.md.
// quick-join gives the session, the room and a room ticket; the ticket opens the Socket.IO connection;
// every pair of browsers then negotiates its own RTCPeerConnection through the server's relays.
//
// Who offers: the socket that joins offers to everyone already in the room (video:room-state); the others
// only answer. Two sides never offer to each other at once, so no glare handling is needed.
//
// Events (CustomEvent.detail): 'participants' (Map socketId → participant), 'remote-stream' ({socketId, stream}),
// 'remote-gone' ({socketId}), 'peer-state' ({socketId, state}), 'chat' (message), 'media' (local flags),
// 'notice' (text), 'ended' ({reason}).

const CLOSED_BY_SERVER = new Set(['KICKED', 'SESSION_ENDED', 'SESSION_NOT_FOUND', 'NOT_STUDY_MEMBER']);

export class CallClient extends EventTarget {
    #api;
    #io;
    #ticket = null;
    #socket = null;
    #local = null;
    #screenTrack = null;
    #peers = new Map();
    #refreshTimer = null;
    #closed = false;
    #onFirstJoin = null;
    media = {isMuted: false, isVideoOff: false, isSharing: false};

    constructor(api, io) {
        super();
        this.#api = api;
        this.#io = io;
    }

    get sessionId() {
        return this.#ticket?.sessionId;
    }

    get studyId() {
        return this.#ticket?.studyId;
    }

    /** Joins (or starts) the study's call and connects; resolves once the room is joined. */
    async join(studyId, localStream) {
        this.#local = localStream;
        this.#ticket = await this.#api.quickJoin(studyId);
        this.#scheduleRefresh();
        const joined = new Promise((resolve, reject) => {
            this.#onFirstJoin = {resolve, reject};
        });
        this.#connect();
        return joined;
    }

    #connect() {
        const socket = this.#io(this.#ticket.webSocketUrl, {
            auth: {token: this.#ticket.token},
            transports: ['websocket'],
            reconnectionDelayMax: 5000,
        });
        this.#socket = socket;
        socket.on('connect', () => this.#joinRoom());
        socket.on('connect_error', (error) => this.#connectFailed(error));
        socket.on('disconnect', (reason) => this.#disconnected(reason));
        socket.on('video:room-state', ({participants}) => {
            for (const p of participants) {
                this.#peer(p.socketId, p);
                this.#offerTo(p.socketId);
            }
            this.#emitParticipants();
        });
        socket.on('video:user-joined', (p) => {
            this.#peer(p.socketId, {...p, isMuted: false, isVideoOff: false, isSharing: false});
            this.#emitParticipants();
        });
        socket.on('video:user-left', ({socketId}) => this.#dropPeer(socketId));
        socket.on('video:offer', ({from, offer}) => this.#answer(from, offer));
        socket.on('video:answer', ({from, answer}) => this.#peers.get(from)?.pc?.setRemoteDescription(answer)
            .then(() => this.#flushCandidates(from)));
        socket.on('video:ice-candidate', ({from, candidate}) => this.#addCandidate(from, candidate));
        socket.on('video:peer-audio-changed', ({socketId, isMuted}) => this.#update(socketId, {isMuted}));
        socket.on('video:peer-video-changed', ({socketId, isVideoOff}) => this.#update(socketId, {isVideoOff}));
        socket.on('video:peer-screen-share', ({socketId, isSharing}) => this.#update(socketId, {isSharing}));
        socket.on('video:force-mute', () => {
            this.setMuted(true);
            this.#notice('A moderator muted you.');
        });
        socket.on('video:kicked', () => this.#end('KICKED'));
        socket.on('chat:video-message-received', (message) => this.#emit('chat', message));
        socket.on('error', ({code, message, event}) => {
            if (event !== 'video:join-room') {
                this.#notice(`${event}: ${message} (${code})`);
            }
        });
    }

    // Runs on the first connect and after every reconnect: a reconnected socket has a new id and no room.
    #joinRoom() {
        this.#closePeers();
        const join = {
            studyId: this.#ticket.studyId, roomId: this.#ticket.roomId,
            isMuted: this.media.isMuted, isVideoOff: this.media.isVideoOff,
        };
        this.#socket.emit('video:join-room', join, (ack) => {
            if (ack?.ok) {
                this.#onFirstJoin?.resolve();
                this.#onFirstJoin = null;
                if (this.media.isSharing) {
                    this.#socket.emit('video:screen-share-start', {roomId: this.#ticket.roomId});
                }
                return;
            }
            this.#onFirstJoin?.reject(new Error(ack?.message ?? 'join refused'));
            this.#onFirstJoin = null;
            this.#end(ack?.code ?? 'SERVER_ERROR');
        });
    }

    // A refused handshake after a drop usually means the ticket expired meanwhile: ask for a new connection
    // (auto-reconnect closes the old one and keeps the attendance segment within the grace) and try again.
    async #connectFailed(error) {
        if (this.#closed || error.message !== 'unauthorized') {
            return;
        }
        try {
            this.#ticket = await this.#api.autoReconnect(this.#ticket.sessionId, this.#ticket.connectionId);
            this.#scheduleRefresh();
            this.#socket.auth = {token: this.#ticket.token};
            this.#socket.connect();
        } catch (e) {
            this.#end(CLOSED_BY_SERVER.has(e.code) ? e.code : 'RECONNECT_FAILED');
        }
    }

    #disconnected(reason) {
        this.#closePeers();
        this.#emitParticipants();
        if (this.#closed) {
            return;
        }
        this.#notice('Connection lost; reconnecting…');
        if (reason === 'io server disconnect') {
            // The server closed this socket; socket.io-client does not retry that on its own.
            this.#socket.connect();
        }
    }

    // The ticket is renewed a margin before it expires; the open connection keeps working and the next
    // reconnect uses the new ticket.
    #scheduleRefresh() {
        clearTimeout(this.#refreshTimer);
        const {expiresAt, configInfo} = this.#ticket;
        if (!expiresAt) {
            return;
        }
        const marginMs = (configInfo?.tokenRefreshMarginSeconds ?? 60) * 1000;
        const delay = Math.max(1000, Date.parse(expiresAt) - Date.now() - marginMs);
        this.#refreshTimer = setTimeout(async () => {
            try {
                this.#ticket = await this.#api.refreshToken(this.#ticket.sessionId);
                if (this.#socket) {
                    this.#socket.auth = {token: this.#ticket.token};
                }
                this.#scheduleRefresh();
            } catch (e) {
                this.#notice(`Could not refresh the call token: ${e.message}`);
            }
        }, delay);
    }

    #peer(socketId, participant) {
        const existing = this.#peers.get(socketId);
        if (existing) {
            Object.assign(existing.participant, participant);
            return existing;
        }
        const entry = {participant: {...participant}, pc: null, candidates: []};
        this.#peers.set(socketId, entry);
        return entry;
    }

    #connection(socketId) {
        const entry = this.#peer(socketId, {socketId});
        if (entry.pc) {
            return entry.pc;
        }
        const iceServers = this.#ticket.configInfo?.iceServers ?? [];
        const pc = new RTCPeerConnection({iceServers});
        entry.pc = pc;
        for (const track of this.#outgoingTracks()) {
            pc.addTrack(track, this.#local);
        }
        pc.onicecandidate = ({candidate}) => {
            if (candidate) {
                this.#socket.emit('video:ice-candidate', {to: socketId, candidate: candidate.toJSON()});
            }
        };
        pc.ontrack = ({streams}) => this.#emit('remote-stream', {socketId, stream: streams[0]});
        pc.onconnectionstatechange = () => this.#emit('peer-state', {socketId, state: pc.connectionState});
        return pc;
    }

    async #offerTo(socketId) {
        const pc = this.#connection(socketId);
        await pc.setLocalDescription(await pc.createOffer());
        this.#socket.emit('video:offer', {to: socketId, offer: pc.localDescription.toJSON()});
    }

    async #answer(from, offer) {
        const pc = this.#connection(from);
        await pc.setRemoteDescription(offer);
        await this.#flushCandidates(from);
        await pc.setLocalDescription(await pc.createAnswer());
        this.#socket.emit('video:answer', {to: from, answer: pc.localDescription.toJSON()});
    }

    // Candidates can arrive before the description they belong to; they wait until it is set.
    async #addCandidate(from, candidate) {
        const entry = this.#peers.get(from);
        if (!entry) {
            return;
        }
        if (entry.pc?.remoteDescription) {
            await entry.pc.addIceCandidate(candidate);
        } else {
            entry.candidates.push(candidate);
        }
    }

    async #flushCandidates(socketId) {
        const entry = this.#peers.get(socketId);
        for (const candidate of entry?.candidates.splice(0) ?? []) {
            await entry.pc.addIceCandidate(candidate);
        }
    }

    #update(socketId, flags) {
        const entry = this.#peers.get(socketId);
        if (entry) {
            Object.assign(entry.participant, flags);
            this.#emitParticipants();
        }
    }

    #dropPeer(socketId) {
        this.#peers.get(socketId)?.pc?.close();
        this.#peers.delete(socketId);
        this.#emit('remote-gone', {socketId});
        this.#emitParticipants();
    }

    #closePeers() {
        for (const socketId of [...this.#peers.keys()]) {
            this.#dropPeer(socketId);
        }
    }

    #outgoingTracks() {
        const audio = this.#local.getAudioTracks();
        const video = this.#screenTrack ? [this.#screenTrack] : this.#local.getVideoTracks();
        return [...audio, ...video];
    }

    setMuted(isMuted) {
        this.#local.getAudioTracks().forEach((t) => { t.enabled = !isMuted; });
        this.#setFlag('isMuted', isMuted, 'video:toggle-audio', {isMuted});
    }

    setVideoOff(isVideoOff) {
        this.#local.getVideoTracks().forEach((t) => { t.enabled = !isVideoOff; });
        this.#setFlag('isVideoOff', isVideoOff, 'video:toggle-video', {isVideoOff});
    }

    async setSharing(isSharing) {
        if (isSharing === this.media.isSharing) {
            return;
        }
        if (isSharing) {
            const display = await navigator.mediaDevices.getDisplayMedia({video: true});
            this.#screenTrack = display.getVideoTracks()[0];
            this.#screenTrack.onended = () => this.setSharing(false);
        } else {
            this.#screenTrack?.stop();
            this.#screenTrack = null;
        }
        const video = this.#screenTrack ?? this.#local.getVideoTracks()[0] ?? null;
        for (const {pc} of this.#peers.values()) {
            pc?.getSenders().filter((s) => s.track?.kind === 'video' || s.track === null)
                .forEach((s) => s.replaceTrack(video));
        }
        this.media.isSharing = isSharing;
        this.#socket.emit(isSharing ? 'video:screen-share-start' : 'video:screen-share-stop', {roomId: this.#ticket.roomId});
        this.#emit('media', {...this.media});
    }

    #setFlag(flag, value, event, payload) {
        this.media[flag] = value;
        this.#socket?.emit(event, {roomId: this.#ticket.roomId, ...payload});
        this.#emit('media', {...this.media});
    }

    sendChat(message) {
        this.#socket.emit('chat:video-message', {roomId: this.#ticket.roomId, message});
    }

    /** Leaves the call (recorded at once, no reconnect grace) and releases the camera. */
    async leave() {
        if (this.#socket?.connected) {
            await this.#socket.timeout(5000).emitWithAck('video:leave-room', {roomId: this.#ticket.roomId})
                .catch(() => this.#api.leave(this.#ticket.studyId, this.#ticket.sessionId));
        } else if (this.#ticket) {
            await this.#api.leave(this.#ticket.studyId, this.#ticket.sessionId);
        }
        this.#end('LEFT');
    }

    #end(reason) {
        if (this.#closed) {
            return;
        }
        this.#closed = true;
        clearTimeout(this.#refreshTimer);
        this.#socket?.disconnect();
        this.#closePeers();
        this.#screenTrack?.stop();
        this.#local?.getTracks().forEach((t) => t.stop());
        this.#emit('ended', {reason});
    }

    #emitParticipants() {
        const participants = new Map();
        for (const [socketId, {participant}] of this.#peers) {
            participants.set(socketId, participant);
        }
        this.#emit('participants', participants);
    }

    #notice(text) {
        this.#emit('notice', text);
    }

    #emit(type, detail) {
        this.dispatchEvent(new CustomEvent(type, {detail}));
    }
}
