package io.coup.videocall.adapter.in.rest.openvidu;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields of an OpenVidu 2 webhook body that we read; OpenVidu sends more (and other events have other fields).
 * {@code participantLeft}: {@code sessionId, timestamp, participantId} (the connection id), {@code serverData}
 * (the data we issued the connection with), {@code reason}. {@code sessionDestroyed}: {@code sessionId, timestamp,
 * reason}. Timestamps are milliseconds since the epoch. {@code clientData} is deliberately not read: the browser
 * sets it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record OpenViduWebhookEvent(String event, String sessionId, Long timestamp, String participantId, String serverData,
                            String reason) {
}
