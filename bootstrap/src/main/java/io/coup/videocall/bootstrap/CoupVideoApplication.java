package io.coup.videocall.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The one deployable: scans every module's adapters under {@code io.coup.videocall}. */
@SpringBootApplication(scanBasePackages = "io.coup.videocall")
@ConfigurationPropertiesScan
public class CoupVideoApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoupVideoApplication.class, args);
    }
}
