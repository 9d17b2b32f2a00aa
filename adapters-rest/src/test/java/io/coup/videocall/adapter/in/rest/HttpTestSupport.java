package io.coup.videocall.adapter.in.rest;

import io.coup.videocall.adapter.in.rest.ratelimit.ManualTime;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Shared by the HTTP tests: the slice, the fakes reset before each test, and requests as a given user. */
@RestSliceTest
public abstract class HttpTestSupport {

    protected static final String CALL = "/api/my-studies/algo/video-call";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected FakeUseCases useCases;

    @Autowired
    protected ManualTime manualTime;

    /**
     * Fakes back to their defaults; an hour passes, so every user's rate-limit budget is full again and no synced
     * claims are remembered.
     */
    @BeforeEach
    void resetFakes() {
        useCases.reset();
        manualTime.advance(Duration.ofHours(1));
    }

    protected static MockHttpServletRequestBuilder getAs(String user, String uri, Object... vars) {
        return get(uri, vars).header(HttpHeaders.AUTHORIZATION, "Bearer " + user);
    }

    protected static MockHttpServletRequestBuilder deleteAs(String user, String uri, Object... vars) {
        return delete(uri, vars).header(HttpHeaders.AUTHORIZATION, "Bearer " + user);
    }

    protected static MockHttpServletRequestBuilder postAs(String user, String uri, String json) {
        MockHttpServletRequestBuilder request = post(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + user);
        return json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json);
    }

    protected static MockHttpServletRequestBuilder putAs(String user, String uri, String json) {
        return put(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + user)
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
