package io.coup.videocall.application.port.in.signaling;

/** The signaling server's health and load on this node (SPEC §5.3: {@code /signaling/health}, {@code /signaling/metrics}). */
public interface GetSignalingStatusUseCase {

    SignalingStatusView status();
}
