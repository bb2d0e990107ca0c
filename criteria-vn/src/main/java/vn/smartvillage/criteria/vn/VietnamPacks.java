package vn.smartvillage.criteria.vn;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

import vn.smartvillage.metric.Metric;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackProvider;
import vn.smartvillage.packs.RulePackRegistry;

/**
 * Vietnam's rule packs, as JSON resources of this jar, found by {@link RulePackRegistry.Builder#discover()}.
 *
 * <table>
 *   <caption>The packs</caption>
 *   <tr><th>id</th><th>version</th><th>in force</th><th>what</th></tr>
 *   <tr><td>{@value #NATIONAL}</td><td>2021-2025</td><td>2022-08-02 – 2025-12-31</td><td>924/QĐ-TTg targets, criterion 8
 *       of 318/QĐ-TTg, the model commune's smart-village and excellence requirements of 319/QĐ-TTg</td></tr>
 *   <tr><td>{@value #NATIONAL}</td><td>2026-2030</td><td>2026-02-15 – 2030-12-31</td><td>51/2025/QĐ-TTg: its structure,
 *       the science, technology and digital-transformation criterion once per commune group ({@code commune.group}),
 *       every rule marked not yet encoded</td></tr>
 *   <tr><td>{@value #BAC_GIANG}</td><td>2023-2025</td><td>2023-01-01 – 2025-12-31</td><td>KH 20/KH-UBND targets and the
 *       smart-village criteria (extends the national pack)</td></tr>
 *   <tr><td>{@value #BAC_GIANG_PILOT}</td><td>2022</td><td>2022-01-01 – 2023-12-31</td><td>the commune digital-transformation
 *       pilot model of Bắc Giang's Department of Science and Technology</td></tr>
 *   <tr><td>{@value #NGHE_AN}</td><td>2021-2025</td><td>2023-03-03 – 2025-12-31</td><td>KH 132/KH-UBND targets and the
 *       smart-village content (extends the national pack)</td></tr>
 * </table>
 *
 * <p>The packs name {@link Metrics Vietnam's metrics} without declaring them: they are this provider's
 * {@link #vocabulary()}, so a registry that discovers it reads every pack, its own or a team's, against them.
 *
 * <p>Every rule cites its document and the seed article or page it was read in; a rule whose threshold is
 * not known is listed as not yet encoded and is never decided. {@code docs/criteria-vn.md} is the
 * catalog, generated from these packs by {@link Catalog}.
 */
@API(status = STABLE, since = "0.1")
public final class VietnamPacks implements RulePackProvider {

    /** The national digital-transformation-in-NTM pack id (versions 2021-2025 and 2026-2030). */
    public static final String NATIONAL = "vn.ntm.digital";
    /** Bắc Giang's plan and smart-village criteria. */
    public static final String BAC_GIANG = "vn.bac-giang.ntm-digital";
    /** Bắc Giang's commune digital-transformation pilot model. */
    public static final String BAC_GIANG_PILOT = "vn.bac-giang.commune-dx-pilot";
    /** Nghệ An's plan and smart-village content. */
    public static final String NGHE_AN = "vn.nghe-an.ntm-digital";

    static final String FOLDER = "/vn/smartvillage/criteria/vn/packs/";

    static final List<String> FILES = List.of("national-2021-2025.json", "national-2026-2030.json", "bac-giang-2023-2025.json",
            "bac-giang-commune-dx-pilot.json", "nghe-an-2021-2025.json");

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public VietnamPacks() {
    }

    @Override
    public List<PackSource> packs() {
        return FILES.stream().map(f -> PackSource.resource(FOLDER + f, VietnamPacks.class::getResourceAsStream)).toList();
    }

    /** {@return Vietnam's metrics, {@link Metrics#all()}: the packs name them without declaring them} */
    @Override
    public List<Metric<?>> vocabulary() {
        return Metrics.all();
    }

    /**
     * {@return a registry of these packs alone, read and checked once and then shared (a registry is
     * immutable)} Use {@code RulePackRegistry.builder().discover()} to add others found in jars.
     */
    public static RulePackRegistry registry() {
        return Shipped.REGISTRY;
    }

    /** Reads the packs the first time they are asked for (the holder idiom: lazy and thread-safe). */
    private static final class Shipped {
        static final RulePackRegistry REGISTRY = build();

        private static RulePackRegistry build() {
            VietnamPacks provider = new VietnamPacks();
            RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(provider.vocabulary());
            provider.packs().forEach(b::add);
            return b.build();
        }
    }
}
