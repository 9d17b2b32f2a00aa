package io.coup.videocall.domain.call;

/** Where a call's media flows: peer to peer over our signaling, or through an OpenVidu server. */
public enum MediaProvider {
    MESH, OPENVIDU
}
