package io.coup.videocall.adapter.in.rest;

import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes instants as {@link ApiTime} (always three fraction digits, also for whole seconds, which Jackson's
 * default ISO format would shorten) and dates as {@code 2025-11-19}, whatever the mapper's date settings.
 * Spring Boot registers every {@link tools.jackson.databind.JacksonModule} bean with its {@code JsonMapper}.
 */
@Component
public class ApiJacksonModule extends SimpleModule {

    public ApiJacksonModule() {
        super("coup-rest-time");
        addSerializer(Instant.class, new InstantSerializer());
        addSerializer(LocalDate.class, new LocalDateSerializer());
    }

    static final class InstantSerializer extends StdSerializer<Instant> {

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(ApiTime.format(value));
        }
    }

    static final class LocalDateSerializer extends StdSerializer<LocalDate> {

        LocalDateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializationContext context) {
            gen.writeString(value.toString());
        }
    }
}
