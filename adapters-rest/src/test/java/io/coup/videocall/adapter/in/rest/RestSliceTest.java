package io.coup.videocall.adapter.in.rest;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One MVC slice for every HTTP test (one cached context): all controllers, the advice, security, fakes. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(properties = "coup.security.dev-tokens=true")
@Import(RestTestWiring.class)
public @interface RestSliceTest {
}
