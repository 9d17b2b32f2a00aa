package io.coup.videocall.application.port.in.study;

public interface UpdateMemberUseCase {

    MemberView update(UpdateMemberCommand command);
}
