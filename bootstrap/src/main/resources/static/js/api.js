// The REST API of docs/api.md. Every call carries the platform JWT; failures become ApiError with the
// service's error code ({error, code, details}), so the views can react to codes, not to texts.

export class ApiError extends Error {
    constructor(status, body) {
        super(body?.error ?? `HTTP ${status}`);
        this.status = status;
        this.code = body?.code ?? 'SERVER_ERROR';
        this.details = body?.details ?? {};
    }
}

export class Api {
    #token = null;

    get token() {
        return this.#token;
    }

    set token(value) {
        this.#token = value;
    }

    async #send(method, path, body) {
        const headers = {Accept: 'application/json'};
        if (this.#token) {
            headers.Authorization = `Bearer ${this.#token}`;
        }
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
        const text = await response.text();
        const json = text ? JSON.parse(text) : null;
        if (!response.ok) {
            throw new ApiError(response.status, json);
        }
        return json;
    }

    // Development only: POST /api/dev/token exists with coup.security.dev-tokens=true.
    devToken(userId, name) {
        return this.#send('POST', '/api/dev/token', {userId, name});
    }

    me() {
        return this.#send('GET', '/api/me');
    }

    myStudies() {
        return this.#send('GET', '/api/my-studies');
    }

    createStudy(name) {
        return this.#send('POST', '/api/studies', {name});
    }

    addMember(studyId, userId) {
        return this.#send('PUT', `/api/studies/${enc(studyId)}/members/${enc(userId)}`, {});
    }

    members(studyId) {
        return this.#send('GET', `/api/studies/${enc(studyId)}/members`);
    }

    config() {
        return this.#send('GET', '/api/video-call/advanced/config');
    }

    // One call that starts the study's call when there is none, joins it and issues the media token.
    quickJoin(studyId) {
        return this.#send('POST', '/api/video-call/advanced/quick-join', {studyId});
    }

    refreshToken(sessionId) {
        return this.#send('POST', `/api/video-call/advanced/sessions/${enc(sessionId)}/refresh-token`);
    }

    autoReconnect(sessionId, lastConnectionId) {
        const query = lastConnectionId ? `?lastConnectionId=${enc(lastConnectionId)}` : '';
        return this.#send('POST', `/api/video-call/advanced/sessions/${enc(sessionId)}/auto-reconnect${query}`);
    }

    leave(studyId, sessionId) {
        return this.#send('POST', `${call(studyId)}/leave`, {sessionId});
    }

    studyStats(studyId, period) {
        return this.#send('GET', `${call(studyId)}/stats?period=${enc(period)}&tz=${enc(timeZone())}`);
    }

    userStats(studyId, userId, period) {
        return this.#send('GET', `${call(studyId)}/stats/users/${enc(userId)}?period=${enc(period)}&tz=${enc(timeZone())}`);
    }

    history(studyId) {
        return this.#send('GET', `${call(studyId)}/history?limit=10&tz=${enc(timeZone())}`);
    }

    session(studyId, sessionId) {
        return this.#send('GET', `${call(studyId)}/sessions/${enc(sessionId)}`);
    }
}

function call(studyId) {
    return `/api/my-studies/${enc(studyId)}/video-call`;
}

function enc(value) {
    return encodeURIComponent(value);
}

function timeZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
