package io.coup.videocall.domain.study;

public enum MemberStatus {
    ACTIVE, PENDING, BANNED
}
