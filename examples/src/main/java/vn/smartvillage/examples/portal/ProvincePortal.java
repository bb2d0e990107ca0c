package vn.smartvillage.examples.portal;

/**
 * Stands for "another system": a province portal that decides smart villages with its own hand-written
 * code, as many do today. {@code docs/testing.md} shows how its test suite checks this logic against
 * smartvillage's Bắc Giang pack with the testkit.
 */
public final class ProvincePortal {

    /**
     * What the portal knows of a village.
     *
     * @param residents        residents
     * @param withElectronicId residents with electronic ID
     * @param fibreAndMobile   fibre and 3G/4G reach the village
     * @param officialsOnline  village officials use digital platforms
     * @param itModels         IT models in the listed fields
     */
    public record VillageReport(long residents, long withElectronicId, boolean fibreAndMobile, boolean officialsOnline, int itModels) {
    }

    private ProvincePortal() {
    }

    /** Whether at least 25 % of residents use electronic ID, in whole numbers: 4 × with ID ≥ residents. */
    public static boolean electronicIdMet(VillageReport r) {
        return 4 * r.withElectronicId() >= r.residents();
    }

    /** The portal's smart-village decision: all four of Bắc Giang's criteria. */
    public static boolean isSmartVillage(VillageReport r) {
        return r.fibreAndMobile() && r.officialsOnline() && r.itModels() >= 1 && electronicIdMet(r);
    }

    /** A version with a bug many portals have: the share rounded to a whole percent before comparing. */
    public static boolean electronicIdMetRounded(VillageReport r) {
        return Math.round(100.0 * r.withElectronicId() / r.residents()) >= 25;
    }
}
