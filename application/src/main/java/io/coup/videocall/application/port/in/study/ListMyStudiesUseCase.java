package io.coup.videocall.application.port.in.study;

import io.coup.videocall.domain.user.UserId;

import java.util.List;

/** The studies in which the caller is an active member. */
public interface ListMyStudiesUseCase {

    List<MyStudyView> myStudies(UserId userId);
}
