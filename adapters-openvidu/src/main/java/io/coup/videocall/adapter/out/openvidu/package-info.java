/**
 * The OpenVidu 2 media provider: {@link io.coup.videocall.adapter.out.openvidu.OpenViduMediaProvider} implements
 * the application's {@code MediaProviderPort} on openvidu-java-client, with bounded retries, recovery of sessions
 * the media server lost, and a health indicator. Active only with {@code coup.media.provider=openvidu}; see
 * docs/media.md.
 */
package io.coup.videocall.adapter.out.openvidu;
