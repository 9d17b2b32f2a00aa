package io.coup.videocall.application.port.in.call;

import io.coup.videocall.application.port.in.study.StudyQuery;

import java.util.Optional;

/** The study's call in progress, if any. */
public interface GetCallStatusUseCase {

    Optional<CallStatusView> status(StudyQuery query);
}
