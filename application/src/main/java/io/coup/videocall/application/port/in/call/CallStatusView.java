package io.coup.videocall.application.port.in.call;

import java.util.List;

/**
 * The call in progress.
 *
 * @param onlineCount distinct people connected to the call's signaling room
 * @param participants the people present now
 */
public record CallStatusView(SessionView session, int onlineCount, List<ParticipantView> participants) {
}
