package vn.smartvillage.criteria.vn;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apiguardian.api.API;

import vn.smartvillage.ReadLimits;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.metric.Metric;

/**
 * Datasets built from the figures of the seed articles, for examples and tests. Every figure names its
 * source; a figure added to make a dataset usable says {@code synthetic} and why.
 *
 * <p>A figure is recorded only where a metric can hold it as the seed states it. A share without its
 * counts, an inequality ("hơn 85%") or a rounded number ("gần 200") is not turned into an exact figure
 * the evaluator would treat as measured: it is kept, quoted, in the sample's {@link Sample#notes() notes}.
 * Where two seeds disagree on one figure, the figure's source says so.
 *
 * <p>The Bắc Giang samples also carry the official recognitions the seeds state
 * ({@link Dataset#recognitions()}): Khả Lý Thượng as the province's first smart village
 * ({@code bg.smart-village}), and, in {@link Sample#BAC_GIANG_PROVINCE}, Quảng Minh as its first model
 * new-rural commune (a title: seed 000 dates it "early 2023", after the sample of 24 January 2023). The
 * seeds give no decision number, date or issuer, so none is recorded.
 */
@API(status = STABLE, since = "0.1")
public final class SampleData {

    /** The sample datasets. */
    @API(status = STABLE, since = "0.1")
    public enum Sample {
        /**
         * Khả Lý Thượng village in Quảng Minh commune, Việt Yên, Bắc Giang, on 24 January 2023 (seeds 000, 001).
         * Seeds 000 and 001 disagree on its electronic-ID share ("hơn 25%" and "hơn 27,5%"); the figure's
         * source and the notes say so.
         */
        KHA_LY_THUONG("bac-giang-quang-minh.json", List.of(Notes.E_ID_CONFLICT)),
        /**
         * Hồng Giang and Phúc Hòa, the communes of Bắc Giang's digital-transformation pilot, in 2023 (seeds 000,
         * 003). The results seed 003 reports (4G in every village, Internet use, procedures on the one-stop
         * system, dossiers on time, stalls on phuchoamart.vn) have no counts, so they are notes, not figures.
         */
        PILOT_COMMUNES("bac-giang-pilot-communes.json", List.of(
                "seed 003, Hồng Giang: \"100% các thôn có sóng 4G, tăng 10% so với khi chưa thực hiện CĐS\". Not a figure: "
                        + "the sample does not list the commune's villages, and no metric holds 4G coverage alone "
                        + "(village.fibre-and-mobile needs fibre as well).",
                "seed 003, Hồng Giang: \"tỷ lệ hộ gia đình tiếp cận, sử dụng dịch vụ internet chiếm hơn 85%\". Not a figure: "
                        + "an inequality, with no count of households.",
                "seed 003, Hồng Giang: \"80% thủ tục hành chính cấp xã được giải quyết trên hệ thống một cửa điện tử\". Not a figure: "
                        + "a share of procedures, not of dossiers (admin-dossiers), with no counts.",
                "seed 003, Hồng Giang: \"tỷ lệ hồ sơ được giải quyết đúng và trước hạn đạt 100%\". Not a figure: "
                        + "the number of dossiers is not given, so admin-dossiers.on-time cannot be set.",
                "seed 003, Phúc Hòa: \"gần 200 gian hàng đăng ký trên sàn thương mại điện tử http://phuchoamart.vn\". Not a figure: "
                        + "nearly 200 is not an exact count, and no metric counts stalls on a platform.")),
        /**
         * A Bắc Giang skeleton: three districts, four communes and three villages named in the seeds, with their
         * figures. Đồng Sen carries none: seed 000 states its IT model as an objective, not a fact.
         */
        BAC_GIANG_PROVINCE("bac-giang-province.json", List.of(Notes.E_ID_CONFLICT,
                "seed 000, Đồng Sen: \"Một trong số mục tiêu của địa phương là hỗ trợ HTX sản xuất và tiêu thụ sâm nam núi Dành "
                        + "ứng dụng công nghệ cao, công nghệ số\". Not a figure: an objective, not a fact, so the village has no IT-model flag.")),
        /** A synthetic Nghệ An village placed exactly at KH 132's thresholds (seed 002 names no village). */
        NGHE_AN_VILLAGE("nghe-an-village.json", List.of());

        private final String file;
        private final List<String> notes;

        Sample(String file, List<String> notes) {
            this.file = file;
            this.notes = notes;
        }

        /**
         * {@return what the seed articles state about this sample that no metric can hold as stated, each
         * note naming its seed and quoting it; empty when there is nothing of the kind} These are not
         * figures: the evaluator never sees them.
         */
        public List<String> notes() {
            return notes;
        }

        /** {@return the resource path of the dataset's JSON file, for {@link Class#getResourceAsStream}} */
        public String resource() {
            return VietnamPacks.FOLDER + "data/" + file;
        }
    }

    private SampleData() {
    }

    /** Notes shared by several samples. */
    private static final class Notes {
        static final String E_ID_CONFLICT = "seeds 000 and 001 disagree on Khả Lý Thượng's electronic-ID share: seed 000 says "
                + "\"cấp định danh điện tử cho hơn 25% công dân thôn Khả Lý Thượng\", seed 001 \"hơn 27,5% dân số\". "
                + "The sample keeps seed 001's figure as a lower bound; both are above the 25 % threshold.";

        private Notes() {
        }
    }

    /**
     * Reads a sample; its figures may use any metric the Vietnamese packs declare.
     *
     * @param sample the sample to read, not null
     * @return the sample's dataset, read and checked anew on each call
     * @throws IllegalStateException if the sample's file is missing from the jar
     */
    public static Dataset read(Sample sample) {
        try (InputStream in = SampleData.class.getResourceAsStream(sample.resource())) {
            if (in == null) {
                throw new IllegalStateException("the sample " + sample.resource() + " is missing from the jar");
            }
            return DatasetJson.read(in, sample.resource(), metrics(), ReadLimits.DEFAULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Vietnam's metrics and those every Vietnamese pack declares. */
    static List<Metric<?>> metrics() {
        return VietnamPacks.registry().metrics();
    }
}
