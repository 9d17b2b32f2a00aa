package io.coup.videocall.adapter.in.rest.call;

import io.coup.videocall.adapter.in.rest.RestMapperConfig;
import io.coup.videocall.adapter.in.rest.call.CallResponses.HistoryResponse;
import io.coup.videocall.adapter.in.rest.call.CallResponses.LiveSessionBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.ParticipantBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.SessionBody;
import io.coup.videocall.adapter.in.rest.call.CallResponses.SessionDetailBody;
import io.coup.videocall.application.port.in.call.CallHistoryView;
import io.coup.videocall.application.port.in.call.CallStatusView;
import io.coup.videocall.application.port.in.call.ParticipantView;
import io.coup.videocall.application.port.in.call.SessionDetailView;
import io.coup.videocall.application.port.in.call.SessionView;
import org.mapstruct.Mapper;

@Mapper(config = RestMapperConfig.class)
public interface CallRestMapper {

    SessionBody toBody(SessionView view);

    ParticipantBody toBody(ParticipantView view);

    LiveSessionBody toLiveSession(CallStatusView view);

    HistoryResponse toHistory(CallHistoryView view);

    SessionDetailBody toDetail(SessionDetailView view);
}
