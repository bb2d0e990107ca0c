package vn.smartvillage.benchmarks;

import java.util.List;
import java.util.SplittableRandom;

import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.metric.Metric;

/**
 * A deterministic synthetic country: provinces, communes, villages and households, with figures
 * spread around the benchmark pack's thresholds so that every criterion is met by some villages and
 * missed by others. The same seed always gives the same country.
 *
 * <p>The facts are kept in primitive arrays, one per fact (what the hand-written {@link Baseline}
 * reads), and turned into library datasets by {@link #households()} and {@link #totals()}.
 */
public final class NationalData {

    /** How big a country to make. */
    public enum Scale {
        /** For tests: one province, 10 communes, 60 villages, 26,000 households. */
        TINY(1, 10, 60, 26_000),
        /** Two provinces, for quick runs: 200 communes, 3,830 villages, about 1.7 M households. */
        QUICK(2, 200, 3_830, 1_691_000),
        /** The same units with twice the households, to measure how time grows. */
        QUICK_2X(2, 200, 3_830, 3_382_000),
        /** One province of 100 communes and 2,000 villages, as the province (households at the national mean). */
        PROVINCE(1, 100, 2_000, 883_400),
        /** 20,000 villages in 10 provinces and 1,000 communes. */
        VILLAGES_20K(10, 1_000, 20_000, 8_834_000),
        /** 82,000 units: 34 provinces, 3,321 communes and 78,645 villages. */
        UNITS_82K(34, 3_321, 78_645, 34_737_000),
        /** Vietnam after the 2025 reform: 34 provinces, 3,321 communes, 63,619 villages, 28.1 M households. */
        NATIONAL(34, 3_321, 63_619, 28_100_000);

        final int provinces;
        final int communes;
        final int villages;
        final int households;

        Scale(int provinces, int communes, int villages, int households) {
            this.provinces = provinces;
            this.communes = communes;
            this.villages = villages;
            this.households = households;
        }
    }

    /** The seven IT-model flags of the benchmark pack, in bit order. */
    static final List<Metric<Boolean>> IT_MODELS = Metrics.IT_MODEL_FIELDS;

    final int provinces;
    final int communes;
    final int villages;
    final int households;
    final int[] communeProvince;
    final int[] villageCommune;
    /** Households of village {@code v} are {@code [villageStart[v], villageStart[v + 1])}. */
    final int[] villageStart;
    final byte[] members;
    final byte[] electronicId;
    final byte[] fibre;
    final byte[] smartphone;
    final byte[] address;
    final boolean[] fibreAndMobile;
    final boolean[] officials;
    /** Bit {@code i} set when the village has the IT model {@code IT_MODELS.get(i)}. */
    final byte[] itModels;
    final int[] workRecords;
    final int[] workOnline;

    private NationalData(Scale s) {
        provinces = s.provinces;
        communes = s.communes;
        villages = s.villages;
        households = s.households;
        communeProvince = new int[communes];
        villageCommune = new int[villages];
        villageStart = new int[villages + 1];
        members = new byte[households];
        electronicId = new byte[households];
        fibre = new byte[households];
        smartphone = new byte[households];
        address = new byte[households];
        fibreAndMobile = new boolean[villages];
        officials = new boolean[villages];
        itModels = new byte[villages];
        workRecords = new int[communes];
        workOnline = new int[communes];
    }

    /** Makes the country of {@code scale} from {@code seed}. */
    public static NationalData generate(Scale scale, long seed) {
        NationalData d = new NationalData(scale);
        SplittableRandom r = new SplittableRandom(seed);
        for (int c = 0; c < d.communes; c++) {
            d.communeProvince[c] = (int) ((long) c * d.provinces / d.communes);
            d.workRecords[c] = 200 + r.nextInt(1800);
            d.workOnline[c] = (int) (d.workRecords[c] * (0.45 + 0.3 * r.nextDouble()));
        }
        int base = d.households / d.villages;
        int extra = d.households % d.villages;
        int next = 0;
        int pending = 0;
        for (int v = 0; v < d.villages; v++) {
            d.villageCommune[v] = (int) ((long) v * d.communes / d.villages);
            // Pairs of villages differ from the mean by the same amount in opposite directions, so the total is exact.
            int size;
            if (v % 2 == 0 && v + 1 < d.villages) {
                pending = r.nextInt(base / 3 + 1);
                size = base + pending;
            } else {
                size = base - pending;
                pending = 0;
            }
            size += v < extra ? 1 : 0;
            d.villageStart[v] = next;
            next += size;
            double level = r.nextDouble();
            d.fibreAndMobile[v] = r.nextDouble() < 0.9;
            d.officials[v] = r.nextDouble() < 0.85;
            int models = 0;
            for (int i = 0; i < IT_MODELS.size(); i++) {
                if (r.nextDouble() < 0.15) {
                    models |= 1 << i;
                }
            }
            d.itModels[v] = (byte) models;
            double pFibre = 0.65 + 0.3 * level;
            double pPhone = 0.80 + 0.15 * level;
            double pAddress = level > 0.8 ? 1.0 : 0.97;
            double pId = 0.15 + 0.2 * level;
            for (int h = d.villageStart[v]; h < next; h++) {
                int m = 1 + r.nextInt(7);
                int id = 0;
                for (int k = 0; k < m; k++) {
                    id += r.nextDouble() < pId ? 1 : 0;
                }
                d.members[h] = (byte) m;
                d.electronicId[h] = (byte) id;
                d.fibre[h] = (byte) (r.nextDouble() < pFibre ? 1 : 0);
                d.smartphone[h] = (byte) (r.nextDouble() < pPhone ? 1 : 0);
                d.address[h] = (byte) (r.nextDouble() < pAddress ? 1 : 0);
            }
        }
        d.villageStart[d.villages] = next;
        if (next != d.households) {
            throw new IllegalStateException("generated " + next + " households, not " + d.households);
        }
        return d;
    }

    static String province(int p) {
        return "p" + p;
    }

    static String commune(int c) {
        return "c" + c;
    }

    static String village(int v) {
        return "v" + v;
    }

    private boolean in(int village, int onlyProvince) {
        return onlyProvince < 0 || communeProvince[villageCommune[village]] == onlyProvince;
    }

    private DatasetBuilder units(int onlyProvince) {
        DatasetBuilder b = Dataset.builder(Benchmarks.AS_OF);
        for (int p = 0; p < provinces; p++) {
            if (onlyProvince < 0 || p == onlyProvince) {
                b.province(province(p), "Tỉnh " + p);
            }
        }
        for (int c = 0; c < communes; c++) {
            if (onlyProvince >= 0 && communeProvince[c] != onlyProvince) {
                continue;
            }
            b.commune(commune(c), "Xã " + c, province(communeProvince[c]));
            b.observe(commune(c), Metrics.WORK_RECORDS, (long) workRecords[c]);
            b.observe(commune(c), Metrics.WORK_RECORDS_ONLINE, (long) workOnline[c]);
        }
        for (int v = 0; v < villages; v++) {
            if (!in(v, onlyProvince)) {
                continue;
            }
            String id = village(v);
            b.village(id, "Thôn " + v, commune(villageCommune[v]));
            b.observe(id, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, fibreAndMobile[v]);
            b.observe(id, Metrics.OFFICIALS_ON_DIGITAL_PLATFORMS, officials[v]);
            for (int i = 0; i < IT_MODELS.size(); i++) {
                b.observe(id, IT_MODELS.get(i), (itModels[v] & (1 << i)) != 0);
            }
        }
        return b;
    }

    /** The country's units and their own figures (flags, work records), without households or village totals. */
    public Dataset unitsOnly() {
        return units(-1).build();
    }

    /** The country with every household record; villages carry only their flags. */
    public Dataset households() {
        DatasetBuilder b = units(-1);
        for (int v = 0; v < villages; v++) {
            String id = village(v);
            for (int h = villageStart[v]; h < villageStart[v + 1]; h++) {
                int i = h;
                b.household(id, f -> f.set(Metrics.HOUSEHOLD_MEMBERS, (long) members[i])
                        .set(Metrics.HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID, (long) electronicId[i])
                        .set(Metrics.HOUSEHOLD_HAS_FIBRE, fibre[i] == 1)
                        .set(Metrics.HOUSEHOLD_HAS_SMARTPHONE, smartphone[i] == 1)
                        .set(Metrics.HOUSEHOLD_HAS_DIGITAL_ADDRESS, address[i] == 1));
            }
        }
        return b.build();
    }

    /** The country with village totals only, as most provinces report. */
    public Dataset totals() {
        return totals(-1);
    }

    /** One province ({@code onlyProvince}), or the country ({@code -1}), with village totals only. */
    public Dataset totals(int onlyProvince) {
        return totals(onlyProvince, -1, 0);
    }

    /** The country with village totals only, village {@code changed} with {@code electronicId} residents with electronic ID. */
    public Dataset totalsWithChange(int changed, long electronicId) {
        return totals(-1, changed, electronicId);
    }

    private Dataset totals(int onlyProvince, int changed, long changedElectronicId) {
        DatasetBuilder b = units(onlyProvince);
        VillageTotals t = VillageTotals.of(this);
        for (int v = 0; v < villages; v++) {
            if (!in(v, onlyProvince)) {
                continue;
            }
            String id = village(v);
            b.observe(id, Metrics.RESIDENTS, t.residents[v]);
            b.observe(id, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, v == changed ? changedElectronicId : t.electronicId[v]);
            b.observe(id, Metrics.HOUSEHOLDS, t.households[v]);
            b.observe(id, Metrics.HOUSEHOLDS_WITH_FIBRE, t.fibre[v]);
            b.observe(id, Metrics.HOUSEHOLDS_WITH_SMARTPHONE, t.smartphone[v]);
            b.observe(id, Metrics.HOUSEHOLDS_WITH_DIGITAL_ADDRESS, t.address[v]);
        }
        return b.build();
    }

    /** Per-village sums of the household facts. */
    static final class VillageTotals {
        final long[] residents;
        final long[] electronicId;
        final long[] households;
        final long[] fibre;
        final long[] smartphone;
        final long[] address;

        private VillageTotals(int villages) {
            residents = new long[villages];
            electronicId = new long[villages];
            households = new long[villages];
            fibre = new long[villages];
            smartphone = new long[villages];
            address = new long[villages];
        }

        static VillageTotals of(NationalData d) {
            VillageTotals t = new VillageTotals(d.villages);
            for (int v = 0; v < d.villages; v++) {
                for (int h = d.villageStart[v]; h < d.villageStart[v + 1]; h++) {
                    t.residents[v] += d.members[h];
                    t.electronicId[v] += d.electronicId[h];
                    t.fibre[v] += d.fibre[h];
                    t.smartphone[v] += d.smartphone[h];
                    t.address[v] += d.address[h];
                }
                t.households[v] = d.villageStart[v + 1] - d.villageStart[v];
            }
            return t;
        }
    }
}
