package io.coup.videocall.adapter.out.persistence;

/** A call's id and row version, read without loading the call. */
record RevisionRow(String sessionId, Long version) {
}
