package io.coup.videocall.adapter.in.rest.signaling;

import io.coup.videocall.adapter.in.rest.HttpTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SignalingStatusControllerTest extends HttpTestSupport {

    @Autowired
    FakeSignalingStatus signaling;

    @BeforeEach
    void reset() {
        signaling.status = FakeSignalingStatus.SAMPLE;
        signaling.calls = 0;
    }

    @Test
    void health_answers_ok_with_connections_uptime_and_timestamp() throws Exception {
        mvc.perform(getAs("alice", "/signaling/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"status": "ok", "connections": 3, "uptime": 42, "timestamp": "2025-11-19T11:30:00.500Z"}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void metrics_lists_rooms_with_their_participants_memory_and_uptime() throws Exception {
        mvc.perform(getAs("alice", "/signaling/metrics"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"connections": 3, "rooms": 1,
                         "roomDetails": [{"name": "study-algo-s1", "participants": 2}],
                         "memory": {"heapUsed": 1000, "heapCommitted": 2000, "heapMax": -1, "nonHeapUsed": 500},
                         "uptime": 42}
                        """, JsonCompareMode.STRICT));
        assertThat(signaling.calls).isEqualTo(1);
    }

    @Test
    void metrics_without_a_token_is_401() throws Exception {
        mvc.perform(get("/signaling/metrics"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().json("{\"code\": \"AUTH_REQUIRED\"}"));
        assertThat(signaling.calls).isZero();
    }
}
