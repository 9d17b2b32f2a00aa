package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.application.port.out.CallMessage;
import io.coup.videocall.application.port.out.SaveCallMessagePort;
import io.coup.videocall.domain.call.SessionId;
import io.coup.videocall.domain.user.UserId;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.util.List;

/** In-call chat messages, table {@code call_messages} (V2), kept with their call and deleted with it. */
@Component
public class CallMessagePersistenceAdapter implements SaveCallMessagePort {

    private final CallMessageSpringDataRepository messages;
    private final EntityManager entityManager;

    public CallMessagePersistenceAdapter(CallMessageSpringDataRepository messages, EntityManager entityManager) {
        this.messages = messages;
        this.entityManager = entityManager;
    }

    @Override
    public void saveCallMessage(CallMessage m) {
        // persist, not save: the id is assigned, and save would look the row up before inserting it.
        entityManager.persist(new CallMessageJpaEntity(m.id(), m.sessionId().value(), m.userId().value(), m.message(),
                m.createdAt()));
    }

    /** A call's messages, oldest first (for tests and a future transcript read). */
    public List<CallMessage> messagesOf(SessionId session) {
        return messages.findBySessionIdOrderByCreatedAtAscIdAsc(session.value()).stream()
                .map(e -> new CallMessage(e.getId(), SessionId.of(e.getSessionId()), UserId.of(e.getUserId()),
                        e.getMessage(), e.getCreatedAt()))
                .toList();
    }
}
