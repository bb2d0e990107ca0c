package org.example.boot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import vn.smartvillage.criteria.vn.SampleData;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.rules.RulePack;

/**
 * The application's service: evaluates a sample with the shipped packs and writes the reports, next to
 * Boot's own Jackson 2 {@link ObjectMapper} and Bean Validation {@link Validator}.
 */
@Service
public class AssessmentService {

    /** A request as the application's own API would take it, checked by Boot's validator. */
    public record Request(@NotBlank String packId) {
    }

    /** What one evaluation gave. */
    public record Result(RulePack pack, Assessment assessment, Assessment readBack, String summaryJson, List<Path> files) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;

    /** Boot injects its JSON mapper and its validator. */
    public AssessmentService(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Checks a request with Boot's validator; the messages of its violations. */
    public List<String> check(Request request) {
        Set<ConstraintViolation<Request>> v = validator.validate(request);
        return v.stream().map(c -> c.getPropertyPath() + " " + c.getMessage()).sorted().toList();
    }

    /** Evaluates the Bắc Giang sample with the pack in force on its date and writes every report into {@code folder}. */
    public Result evaluateAndWrite(Path folder) throws IOException {
        RulePackRegistry registry = RulePackRegistry.builder().discover().build();
        Dataset data = SampleData.read(SampleData.Sample.BAC_GIANG_PROVINCE);
        RulePack pack = registry.resolve(VietnamPacks.BAC_GIANG, data.asOf());
        Assessment a = Evaluator.create().evaluate(data, pack);
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        String[][] reports = {{"json", "assessment.json"}, {"csv", "assessment.csv"}, {"markdown-en", "summary.en.md"},
            {"html", "assessment.html"}};
        for (String[] r : reports) {
            Path file = folder.resolve(r[1]);
            ReportFormat.named(r[0]).write(a, file);
            files.add(file);
        }
        Assessment back = ReportFormat.readJson(Files.readString(files.get(0), StandardCharsets.UTF_8), registry);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("pack", pack.toString());
        summary.put("units", data.size());
        return new Result(pack, a, back, mapper.writeValueAsString(summary), List.copyOf(files));
    }
}
