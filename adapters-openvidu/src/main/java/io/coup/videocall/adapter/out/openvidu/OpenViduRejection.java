package io.coup.videocall.adapter.out.openvidu;

/**
 * OpenVidu answered a definitive 4xx (other than 401/403): the caller decides what it means (404 for a session we
 * believed existed: it was lost; 404 on a delete: already gone). Checked, so no caller forgets it.
 */
final class OpenViduRejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    OpenViduRejection(String operation, int status, Throwable cause) {
        super(operation + ": OpenVidu answered HTTP " + status, cause);
        this.status = status;
    }

    int status() {
        return status;
    }
}
