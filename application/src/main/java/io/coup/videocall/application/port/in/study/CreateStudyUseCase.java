package io.coup.videocall.application.port.in.study;

public interface CreateStudyUseCase {

    StudyView create(CreateStudyCommand command);
}
