package org.example.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An ordinary Spring Boot application that embeds smartvillage in a service. */
@SpringBootApplication
public class BootConsumerApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(BootConsumerApplication.class, args);
    }
}
