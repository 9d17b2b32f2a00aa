package io.coup.videocall.adapter.in.rest.user;

import io.coup.videocall.adapter.in.rest.RestMapperConfig;
import io.coup.videocall.adapter.in.rest.UserBody;
import io.coup.videocall.application.port.in.user.UserView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RestMapperConfig.class)
public interface UserRestMapper {

    UserBody toBody(UserView view);

    @Mapping(target = "user", source = "view")
    MeResponse toMeResponse(UserView view);
}
