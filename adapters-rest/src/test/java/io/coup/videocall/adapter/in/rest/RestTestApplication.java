package io.coup.videocall.adapter.in.rest;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration {@code @WebMvcTest} looks for; this module has no application class of its own. */
@SpringBootApplication
public class RestTestApplication {
}
