package vn.smartvillage.benchmarks;

/**
 * The physical limit: the benchmark pack's rules written by hand as plain loops over primitive arrays.
 * It aggregates each village's households, compares in integer arithmetic, certifies, counts smart
 * villages per commune and province, and tallies every village rule per commune and province, as the
 * library's evaluation does. It knows nothing of missing data, citations or explanations.
 */
final class Baseline {

    /** Village rule bits, in the pack's order; bit 7 is the certification. */
    static final int EID = 0;
    static final int FIBRE = 1;
    static final int PHONE = 2;
    static final int ADDRESS = 3;
    static final int FIBRE_MOBILE = 4;
    static final int OFFICIALS = 5;
    static final int IT_MODEL = 6;
    static final int SMART = 7;

    /**
     * The verdicts.
     *
     * @param village        per village, a bit per rule met
     * @param communeRecords per commune, whether work records online reach 60 %
     * @param communeSmart   per commune, whether it has a smart village
     * @param provinceTarget per province, whether it has at least 20 smart villages
     * @param communeTally   per commune and village rule, how many of its villages meet it
     * @param provinceTally  per province and village rule, how many of its villages meet it
     */
    record Verdicts(byte[] village, boolean[] communeRecords, boolean[] communeSmart, boolean[] provinceTarget,
            int[][] communeTally, int[][] provinceTally) {
    }

    private Baseline() {
    }

    /** Evaluates from the household records. */
    static Verdicts fromHouseholds(NationalData d) {
        byte[] village = new byte[d.villages];
        for (int v = 0; v < d.villages; v++) {
            long residents = 0;
            long eid = 0;
            long fibre = 0;
            long phone = 0;
            long address = 0;
            int from = d.villageStart[v];
            int to = d.villageStart[v + 1];
            for (int h = from; h < to; h++) {
                residents += d.members[h];
                eid += d.electronicId[h];
                fibre += d.fibre[h];
                phone += d.smartphone[h];
                address += d.address[h];
            }
            village[v] = judge(d, v, residents, eid, to - from, fibre, phone, address);
        }
        return rollUp(d, village);
    }

    /** Evaluates from village totals. */
    static Verdicts fromTotals(NationalData d, NationalData.VillageTotals t) {
        byte[] village = new byte[d.villages];
        for (int v = 0; v < d.villages; v++) {
            village[v] = judge(d, v, t.residents[v], t.electronicId[v], t.households[v], t.fibre[v], t.smartphone[v], t.address[v]);
        }
        return rollUp(d, village);
    }

    private static byte judge(NationalData d, int v, long residents, long eid, long households, long fibre, long phone, long address) {
        int bits = 0;
        bits |= eid * 100 >= 25 * residents ? 1 << EID : 0;
        bits |= fibre * 100 >= 80 * households ? 1 << FIBRE : 0;
        bits |= phone * 100 >= 90 * households ? 1 << PHONE : 0;
        bits |= address * 100 >= 100 * households ? 1 << ADDRESS : 0;
        bits |= d.fibreAndMobile[v] ? 1 << FIBRE_MOBILE : 0;
        bits |= d.officials[v] ? 1 << OFFICIALS : 0;
        bits |= d.itModels[v] != 0 ? 1 << IT_MODEL : 0;
        bits |= (bits & 0x7F) == 0x7F ? 1 << SMART : 0;
        return (byte) bits;
    }

    private static Verdicts rollUp(NationalData d, byte[] village) {
        int[][] communeTally = new int[d.communes][8];
        int[][] provinceTally = new int[d.provinces][8];
        for (int v = 0; v < d.villages; v++) {
            int c = d.villageCommune[v];
            int p = d.communeProvince[c];
            int bits = village[v];
            for (int rule = 0; rule < 8; rule++) {
                int met = (bits >> rule) & 1;
                communeTally[c][rule] += met;
                provinceTally[p][rule] += met;
            }
        }
        boolean[] records = new boolean[d.communes];
        boolean[] smart = new boolean[d.communes];
        for (int c = 0; c < d.communes; c++) {
            records[c] = (long) d.workOnline[c] * 100 >= 60L * d.workRecords[c];
            smart[c] = communeTally[c][SMART] >= 1;
        }
        boolean[] target = new boolean[d.provinces];
        for (int p = 0; p < d.provinces; p++) {
            target[p] = provinceTally[p][SMART] >= 20;
        }
        return new Verdicts(village, records, smart, target, communeTally, provinceTally);
    }
}
