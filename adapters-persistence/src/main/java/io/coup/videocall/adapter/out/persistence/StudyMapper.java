package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.study.Study;
import io.coup.videocall.domain.study.StudyId;
import io.coup.videocall.domain.study.StudyMember;
import org.mapstruct.Mapper;
import org.mapstruct.MappingTarget;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Study ↔ entities. Members are field mappings (generated); the study itself is rebuilt through
 * {@link Study#rehydrate} and its members are merged into the managed collection by user id (written here by hand:
 * MapStruct has no notion of in-place collection merges).
 */
@Mapper(config = PersistenceMapperConfig.class)
interface StudyMapper {

    Comparator<StudyMemberJpaEntity> MEMBER_ORDER = Comparator.comparing(StudyMemberJpaEntity::getJoinedAt)
            .thenComparing(StudyMemberJpaEntity::getUserId);

    StudyMember toDomain(StudyMemberJpaEntity entity);

    void apply(StudyMember member, @MappingTarget StudyMemberJpaEntity entity);

    default Study toDomain(StudyJpaEntity entity) {
        return Study.rehydrate(StudyId.of(entity.getId()), entity.getName(), entity.getCreatedAt(),
                entity.getMembers().stream().sorted(MEMBER_ORDER).map(this::toDomain).toList());
    }

    /** Makes the managed entity hold the study as it is now: members updated in place, added or removed. */
    default void apply(Study study, StudyJpaEntity entity) {
        entity.setName(study.name());
        entity.setCreatedAt(study.createdAt());
        Map<String, StudyMemberJpaEntity> stored = entity.getMembers().stream()
                .collect(Collectors.toMap(StudyMemberJpaEntity::getUserId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        for (StudyMember member : study.members()) {
            StudyMemberJpaEntity row = stored.remove(member.userId().value());
            if (row == null) {
                row = new StudyMemberJpaEntity(entity, member.userId().value());
                entity.getMembers().add(row);
            }
            apply(member, row);
        }
        entity.getMembers().removeAll(stored.values());
    }
}
