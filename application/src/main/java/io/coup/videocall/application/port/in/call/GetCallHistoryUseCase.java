package io.coup.videocall.application.port.in.call;

public interface GetCallHistoryUseCase {

    CallHistoryView history(CallHistoryQuery query);
}
