package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(config = PersistenceMapperConfig.class)
interface UserMapper {

    User toDomain(UserJpaEntity entity);

    /** The profile only; {@code updated_at} is the adapter's business. */
    @Mapping(target = "updatedAt", ignore = true)
    void apply(User user, @MappingTarget UserJpaEntity entity);
}
