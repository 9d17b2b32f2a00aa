package io.coup.videocall.adapter.out.persistence;

import io.coup.videocall.domain.user.User;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;

@Mapper(config = PersistenceMapperConfig.class)
interface UserMapper {

    @Mapping(target = "avatar", qualifiedByName = "shownAvatar")
    User toDomain(UserJpaEntity entity);

    /** An avatar stored before only http(s) URLs were accepted shows as none rather than failing every load. */
    @Named("shownAvatar")
    default String shownAvatar(String stored) {
        return User.avatarOrNull(stored);
    }

    /** The profile only; {@code updated_at} is the adapter's business. */
    @Mapping(target = "updatedAt", ignore = true)
    void apply(User user, @MappingTarget UserJpaEntity entity);
}
