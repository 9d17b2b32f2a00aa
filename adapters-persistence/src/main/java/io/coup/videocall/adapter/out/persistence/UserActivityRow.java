package io.coup.videocall.adapter.out.persistence;

record UserActivityRow(String userId, Number sessions, Number attendedMs) {
}
