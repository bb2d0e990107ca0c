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
 */
@API(status = STABLE, since = "0.1")
public final class SampleData {

    /** The sample datasets. */
    @API(status = STABLE, since = "0.1")
    public enum Sample {
        /** Khả Lý Thượng village in Quảng Minh commune, Việt Yên, Bắc Giang, on 24 January 2023 (seeds 000, 001). */
        KHA_LY_THUONG("bac-giang-quang-minh.json"),
        /** Hồng Giang and Phúc Hòa, the communes of Bắc Giang's digital-transformation pilot, in 2023 (seeds 000, 003). */
        PILOT_COMMUNES("bac-giang-pilot-communes.json"),
        /** A Bắc Giang skeleton: three districts, four communes and three villages named in the seeds, with their figures. */
        BAC_GIANG_PROVINCE("bac-giang-province.json"),
        /** A synthetic Nghệ An village placed exactly at KH 132's thresholds (seed 002 names no village). */
        NGHE_AN_VILLAGE("nghe-an-village.json");

        private final String file;

        Sample(String file) {
            this.file = file;
        }

        /** {@return the resource path of the dataset's JSON file, for {@link Class#getResourceAsStream}} */
        public String resource() {
            return VietnamPacks.FOLDER + "data/" + file;
        }
    }

    private SampleData() {
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
