package io.coup.videocall.adapter.out.persistence;

record StudyTotalsRow(Number sessions, Number participants, Number durationSeconds) {
}
