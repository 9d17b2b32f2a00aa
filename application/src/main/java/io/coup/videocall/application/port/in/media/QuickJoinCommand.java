package io.coup.videocall.application.port.in.media;

import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.user.UserId;

import java.util.Objects;

/**
 * @param sessionName the title of a call this starts (ignored when joining one in progress)
 * @param autoCreateSession whether to start a call when the study has none in progress
 * @param sessionId a particular call of the study to join, or null for the one in progress
 * @param displayName see {@link ConnectToCallCommand#displayName()}
 */
public record QuickJoinCommand(StudyId studyId, UserId userId, String sessionName, boolean autoCreateSession,
                               SessionId sessionId, String displayName) {

    public QuickJoinCommand {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(userId, "userId");
    }
}
