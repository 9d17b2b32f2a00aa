package io.coup.videocall.application.service;

import io.coup.videocall.application.port.in.call.CallMessageView;
import io.coup.videocall.application.port.in.call.SendCallMessageCommand;
import io.coup.videocall.application.port.in.call.SendCallMessageUseCase;
import io.coup.videocall.application.port.out.CallMessage;
import io.coup.videocall.application.port.out.SaveCallMessagePort;
import io.coup.videocall.application.port.out.SaveSessionPort;
import io.coup.videocall.domain.call.SessionEndedException;
import io.coup.videocall.domain.call.VideoCallSession;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@Transactional
public class SendCallMessageService implements SendCallMessageUseCase {

    private final StudyAccess access;
    private final SaveSessionPort store;
    private final SaveCallMessagePort messages;
    private final Clock clock;

    public SendCallMessageService(StudyAccess access, SaveSessionPort store, SaveCallMessagePort messages, Clock clock) {
        this.access = access;
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    /** Only an active member present in the call; the session row lock orders the count with toggles and leaves. */
    @Override
    public CallMessageView send(SendCallMessageCommand c) {
        access.requireActiveMember(c.studyId(), c.userId());
        VideoCallSession session = access.requireSessionForUpdateOf(c.studyId(), c.sessionId(), c.userId());
        if (session.isEnded()) {
            throw new SessionEndedException(session.id());
        }
        session.countMessage(c.userId());
        store.saveSession(session);
        Instant now = clock.instant();
        CallMessage message = new CallMessage(UUID.randomUUID().toString(), session.id(), c.userId(), c.message(), now);
        messages.saveCallMessage(message);
        return new CallMessageView(message.id(), session.id().value(), c.userId().value(), message.message(), now);
    }
}
