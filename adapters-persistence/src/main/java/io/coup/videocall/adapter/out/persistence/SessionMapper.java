package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.call.AttendanceSegment;
import io.coup.videocall.domain.call.MediaKind;
import io.coup.videocall.domain.call.MediaTimer;
import io.coup.videocall.domain.call.Participant;
import io.coup.videocall.domain.call.ParticipantId;
import io.coup.videocall.domain.call.VideoCallSession;
import io.coup.videocall.domain.user.UserId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The call aggregate ↔ its entity graph, in one place. Field mappings (session row, segment rows) are generated;
 * participants are written by hand because they are rebuilt through {@link Participant#rehydrate} from three media
 * column pairs, and because collections are merged into the managed graph in place (participants by user id,
 * segments by ordinal) so that dirty checking writes only the rows that changed.
 */
@Mapper(config = PersistenceMapperConfig.class)
interface SessionMapper {

    Comparator<ParticipantJpaEntity> PARTICIPANT_ORDER = Comparator.comparing(ParticipantJpaEntity::getJoinedAt)
            .thenComparing(ParticipantJpaEntity::getUserId);

    VideoCallSession.Snapshot toSnapshot(VideoCallSessionJpaEntity entity);

    VideoCallSession.Snapshot toSnapshot(SessionRow row);

    @Mapping(target = "durationSeconds", source = "durationSeconds")
    @Mapping(target = "activeStudyId", source = "snapshot", qualifiedByName = "activeStudyId")
    @Mapping(target = "participants", ignore = true)
    void apply(VideoCallSession.Snapshot snapshot, Long durationSeconds, @MappingTarget VideoCallSessionJpaEntity entity);

    AttendanceSegment toDomain(AttendanceSegmentJpaEntity entity);

    void apply(AttendanceSegment segment, @MappingTarget AttendanceSegmentJpaEntity entity);

    /** The study's id while the call is active, null once it ended: what the one-active-call UNIQUE relies on. */
    @Named("activeStudyId")
    default String activeStudyId(VideoCallSession.Snapshot snapshot) {
        return snapshot.endedAt() == null ? snapshot.studyId().value() : null;
    }

    default VideoCallSession toDomain(VideoCallSessionJpaEntity entity) {
        return VideoCallSession.rehydrate(toSnapshot(entity),
                entity.getParticipants().stream().sorted(PARTICIPANT_ORDER).map(this::toDomain).toList());
    }

    default Participant toDomain(ParticipantJpaEntity entity) {
        List<AttendanceSegment> segments = entity.getSegments().stream()
                .sorted(Comparator.comparingInt(AttendanceSegmentJpaEntity::getOrdinal))
                .map(this::toDomain)
                .toList();
        Map<MediaKind, MediaTimer> media = new EnumMap<>(MediaKind.class);
        media.put(MediaKind.AUDIO_MUTED, new MediaTimer(entity.getAudioMutedMs(), entity.getAudioMutedSince()));
        media.put(MediaKind.VIDEO_OFF, new MediaTimer(entity.getVideoOffMs(), entity.getVideoOffSince()));
        media.put(MediaKind.SCREEN_SHARING, new MediaTimer(entity.getScreenSharedMs(), entity.getScreenSharedSince()));
        return Participant.rehydrate(ParticipantId.of(entity.getId()), UserId.of(entity.getUserId()), segments, media,
                entity.getMessageCount(), entity.isKicked());
    }

    /** Makes the managed graph hold the call as it is now, touching only what changed. */
    default void apply(VideoCallSession session, VideoCallSessionJpaEntity entity) {
        apply(session.snapshot(), session.durationSeconds(), entity);
        Map<String, ParticipantJpaEntity> stored = entity.getParticipants().stream()
                .collect(Collectors.toMap(ParticipantJpaEntity::getUserId, Function.identity()));
        for (Participant participant : session.participants()) {
            ParticipantJpaEntity row = stored.remove(participant.userId().value());
            if (row == null) {
                row = new ParticipantJpaEntity(entity, participant.id().value(), participant.userId().value());
                entity.getParticipants().add(row);
            }
            apply(participant, row);
        }
        entity.getParticipants().removeAll(stored.values());
    }

    default void apply(Participant participant, ParticipantJpaEntity entity) {
        List<AttendanceSegment> segments = participant.segments();
        entity.setJoinedAt(participant.joinedAt());
        entity.setLeftAt(participant.leftAt());
        entity.setAttendedMs(segments.stream().filter(s -> !s.isOpen()).mapToLong(s -> s.millis(s.leftAt())).sum());
        entity.setOpenSince(segments.stream().filter(AttendanceSegment::isOpen).map(AttendanceSegment::joinedAt)
                .findFirst().orElse(null));
        MediaTimer muted = participant.mediaTimer(MediaKind.AUDIO_MUTED);
        entity.setAudioMutedMs(muted.accumulatedMillis());
        entity.setAudioMutedSince(muted.onSince());
        MediaTimer videoOff = participant.mediaTimer(MediaKind.VIDEO_OFF);
        entity.setVideoOffMs(videoOff.accumulatedMillis());
        entity.setVideoOffSince(videoOff.onSince());
        MediaTimer sharing = participant.mediaTimer(MediaKind.SCREEN_SHARING);
        entity.setScreenSharedMs(sharing.accumulatedMillis());
        entity.setScreenSharedSince(sharing.onSince());
        entity.setMessageCount(participant.messageCount());
        entity.setKicked(participant.isKicked());

        Map<Integer, AttendanceSegmentJpaEntity> storedSegments = new HashMap<>();
        entity.getSegments().forEach(s -> storedSegments.put(s.getOrdinal(), s));
        for (int ordinal = 0; ordinal < segments.size(); ordinal++) {
            AttendanceSegmentJpaEntity row = storedSegments.remove(ordinal);
            if (row == null) {
                row = new AttendanceSegmentJpaEntity(entity, ordinal);
                entity.getSegments().add(row);
            }
            apply(segments.get(ordinal), row);
        }
        entity.getSegments().removeAll(storedSegments.values());
    }
}
