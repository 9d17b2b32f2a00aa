package io.coup.videocall.adapter.out.persistence;

import java.time.Instant;

record UserTotalsRow(Number sessions, Number attendedMs, Number audioMutedMs, Number videoOffMs,
                     Number screenSharedMs, Instant firstJoin, Instant lastJoin) {
}
