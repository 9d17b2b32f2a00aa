package io.coup.videocall.bootstrap.web;

import io.coup.videocall.adapter.in.rest.error.ApiError;
import io.coup.videocall.adapter.in.rest.error.ApiErrorCodes;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's last word on a request it refused before any servlet saw it — a path whose percent-encoding is not
 * UTF-8, say: the API error body instead of Tomcat's HTML page. Everything that reaches Spring is answered there.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        String body = JSON.writeValueAsString(ApiError.of(ApiErrorCodes.codeOf(code), ApiErrorCodes.messageOf(code)));
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot take a body any more; nothing else to do.
        }
    }
}
