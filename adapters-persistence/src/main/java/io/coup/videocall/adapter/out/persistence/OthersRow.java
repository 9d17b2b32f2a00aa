package io.coup.videocall.adapter.out.persistence;

import java.time.Instant;

/** The participants of a call other than one person: how many are present, and the latest leave among them. */
record OthersRow(Long presentCount, Instant lastLeftAt) {
}
