package io.coup.videocall.application.port.in.study;

public interface RemoveMemberUseCase {

    void remove(RemoveMemberCommand command);
}
