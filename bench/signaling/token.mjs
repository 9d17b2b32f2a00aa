// Mints the platform JWT the service accepts (HS256 with the bench secret), with the claims of the dev token
// endpoint (HmacDevTokenIssuer: sub, name, iat, nbf, exp; no iss/aud, the bench configures none), so that thousands
// of sockets need no HTTP round trip each.
import { createHmac } from 'node:crypto';

const base64url = (json) => Buffer.from(JSON.stringify(json)).toString('base64url');

export function token(secret, userId, name) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: userId, name, iat: now, nbf: now, exp: now + 7200 };
  const unsigned = `${base64url({ alg: 'HS256' })}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
