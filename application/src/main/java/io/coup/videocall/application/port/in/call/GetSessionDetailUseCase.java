package io.coup.videocall.application.port.in.call;

public interface GetSessionDetailUseCase {

    SessionDetailView detail(SessionCommand query);
}
