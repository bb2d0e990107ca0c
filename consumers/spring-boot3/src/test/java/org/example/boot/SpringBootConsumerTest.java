package org.example.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.smartvillage.criteria.vn.VietnamPacks;

/** The library inside a Spring Boot 3 application, with the versions Boot's dependency management picks. */
class SpringBootConsumerTest {

    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void start() {
        SpringApplication app = new SpringApplication(BootConsumerApplication.class);
        app.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
        context = app.run();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theApplicationHasBootsVersions() {
        String jackson = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        assertTrue(jackson.startsWith("2.19."), "Boot 3.5 manages Jackson 2.19, got " + jackson);
        assertTrue(jar(com.fasterxml.jackson.annotation.JsonProperty.class).contains("jackson-annotations-2.19."),
                jar(com.fasterxml.jackson.annotation.JsonProperty.class));
        assertTrue(jar(org.hibernate.validator.HibernateValidator.class).contains("hibernate-validator-8."),
                jar(org.hibernate.validator.HibernateValidator.class));
        assertTrue(jar(jakarta.validation.Validator.class).contains("jakarta.validation-api-3.0."), jar(jakarta.validation.Validator.class));
    }

    @Test
    void bootsValidatorWorksBesideTheLibrary() {
        assertEquals(List.of("packId must not be blank"), context.getBean(AssessmentService.class).check(new AssessmentService.Request(" ")));
    }

    @Test
    void loadsTheShippedPacksEvaluatesAndWritesTheReports(@TempDir Path folder) throws IOException {
        AssessmentService.Result r = context.getBean(AssessmentService.class).evaluateAndWrite(folder);
        assertEquals(VietnamPacks.BAC_GIANG, r.pack().id());
        assertEquals(r.assessment(), r.readBack(), "the JSON report reads back to the same assessment");
        assertTrue(r.summaryJson().contains("\"pack\":\"" + r.pack() + "\""), r.summaryJson());
        for (Path f : r.files()) {
            assertTrue(Files.size(f) > 100, f + " is nearly empty");
        }
    }

    private static String jar(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation().getPath();
    }
}
