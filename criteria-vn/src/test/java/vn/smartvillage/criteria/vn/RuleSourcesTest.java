package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/**
 * No rule of a shipped pack goes without a source that states it (issue 17): every criterion, target and
 * certification cites a document of {@link LegalDocuments} and names where it was read, a seed article or
 * {@code design/CRITERIA.md}. A rule with an empty or unknown source fails here, with its pack and id.
 */
class RuleSourcesTest {

    /** A source names a seed article ("seed 001", "seeds 000, 001") or the catalog of sources. */
    private static final Pattern SOURCE = Pattern.compile(".*(\\bseeds? \\d{3}\\b|design/CRITERIA\\.md).*");

    @Test
    void everyRuleOfEveryShippedPackCitesAKnownDocumentAndWhereItWasRead() {
        Map<String, List<String>> problems = VietnamPacks.registry().packs().stream()
                .collect(Collectors.toMap(RulePack::toString, RuleSourcesTest::problems));
        assertThat(problems).isNotEmpty().allSatisfy((pack, found) -> assertThat(found).as(pack).isEmpty());
    }

    @Test
    void theCheckFailsOnARuleWithAnEmptySource_anUnknownDocument_orASourceThatNamesNothing() {
        RulePack bad = RulePackJson.read(PackSource.text("bad.json", """
                { "id": "test.bad-sources", "version": "1", "title": { "vi": "Thử", "en": "Test" },
                  "effective": { "from": "2024-01-01" },
                  "criteria": [
                    { "id": "no-source", "name": { "vi": "a", "en": "a" }, "level": "commune",
                      "measure": { "count": "cooperatives" }, "threshold": ">= 1",
                      "citation": { "document": "Quyết định 924/QĐ-TTg (giai đoạn 2021–2025)", "verified": "confirmed" } },
                    { "id": "blank-source", "name": { "vi": "b", "en": "b" }, "level": "commune",
                      "measure": { "count": "cooperatives" }, "threshold": ">= 1",
                      "citation": { "document": "Quyết định 924/QĐ-TTg (giai đoạn 2021–2025)", "source": " ", "verified": "confirmed" } },
                    { "id": "unknown-document", "name": { "vi": "c", "en": "c" }, "level": "commune",
                      "measure": { "count": "cooperatives" }, "threshold": ">= 1",
                      "citation": { "document": "Quyết định 51/2025/QĐ-TTgX", "source": "seed 001", "verified": "confirmed" } },
                    { "id": "vague-source", "name": { "vi": "d", "en": "d" }, "level": "commune",
                      "measure": { "count": "cooperatives" }, "threshold": ">= 1",
                      "citation": { "document": "Quyết định 319/QĐ-TTg", "source": "không rõ", "verified": "confirmed" } },
                    { "id": "good", "name": { "vi": "e", "en": "e" }, "level": "commune",
                      "measure": { "count": "cooperatives" }, "threshold": ">= 1",
                      "citation": { "document": "Quyết định 319/QĐ-TTg", "source": "design/CRITERIA.md §C [S9]", "verified": "confirmed" } }
                  ],
                  "certifications": [
                    { "id": "cert", "name": { "vi": "f", "en": "f" }, "level": "commune", "requirement": "good",
                      "citation": { "document": "Tiêu chí do ai đó đặt ra" } }
                  ]
                }
                """), Metrics.all());
        assertThat(problems(bad)).containsExactly(
                "criterion no-source: no source",
                "criterion blank-source: no source",
                "criterion unknown-document: cites 'Quyết định 51/2025/QĐ-TTgX', not a document of LegalDocuments",
                "criterion vague-source: the source 'không rõ' names no seed article and no section of design/CRITERIA.md",
                "certification cert: cites 'Tiêu chí do ai đó đặt ra', not a document of LegalDocuments",
                "certification cert: no source");
    }

    /** Every rule of {@code pack} whose citation does not point to a known document and a source. */
    static List<String> problems(RulePack pack) {
        List<String> out = new ArrayList<>();
        for (Criterion c : pack.criteria()) {
            check("criterion " + c.id(), c.citation(), out);
        }
        for (Target t : pack.targets()) {
            check("target " + t.id(), t.indicator().citation(), out);
        }
        for (Certification c : pack.certifications()) {
            check("certification " + c.id(), c.citation(), out);
        }
        return out;
    }

    private static void check(String rule, Citation c, List<String> out) {
        if (LegalDocuments.all().stream().map(Citation::document).noneMatch(known(c.document()))) {
            out.add(rule + ": cites '" + c.document() + "', not a document of LegalDocuments");
        }
        String source = c.source().orElse("").strip();
        if (source.isEmpty()) {
            out.add(rule + ": no source");
        } else if (!SOURCE.matcher(source).matches()) {
            out.add(rule + ": the source '" + source + "' names no seed article and no section of design/CRITERIA.md");
        }
    }

    /** A pack's document is a known one, or a known one followed by a detail in brackets ("(tháng 5/2023)"). */
    private static Predicate<String> known(String cited) {
        return doc -> cited.equals(doc) || cited.startsWith(doc + " (");
    }
}
