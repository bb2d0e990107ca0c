package vn.smartvillage.criteria.vn;

import static org.apiguardian.api.API.Status.STABLE;

import static vn.smartvillage.model.AdminLevel.COMMUNE;
import static vn.smartvillage.model.AdminLevel.HOUSEHOLD;
import static vn.smartvillage.model.AdminLevel.VILLAGE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;

/**
 * Vietnam's metrics: the facts that Vietnam's smart-village criteria and provincial plans measure, which
 * the packs of {@link VietnamPacks} name without declaring them.
 *
 * <p>The list follows what the seed articles and {@code design/CRITERIA.md} count: residents and their
 * electronic IDs; households and their fibre, smartphones, cashless payments, e-commerce listings,
 * digital-map addresses, e-health books and telehealth use; work records and administrative-procedure
 * dossiers; officials and their digital signatures; businesses and cashless acceptance; cooperatives;
 * and the village facilities and models the provincial smart-village rules name. A rule pack may declare
 * more.
 *
 * <p>They are the vocabulary of {@link VietnamPacks} ({@link VietnamPacks#vocabulary()}): a registry that
 * discovers the provider reads every pack against them, and a dataset read with
 * {@code registry.metrics()} may name them.
 */
@API(status = STABLE, since = "0.1")
public final class Metrics {

    private Metrics() {
    }

    // --- People -----------------------------------------------------------------------------------

    /** Members (nhân khẩu) of one household. */
    public static final Metric<Long> HOUSEHOLD_MEMBERS = Metric.count("household.members", HOUSEHOLD,
            Text.of("nhân khẩu của hộ", "household members"));

    /** Members of one household whose electronic personal ID is activated. */
    public static final Metric<Long> HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID = Metric.count("household.members.electronic-id",
            HOUSEHOLD, Text.of("nhân khẩu của hộ sử dụng định danh cá nhân điện tử", "household members with electronic ID"))
            .withWhole(HOUSEHOLD_MEMBERS);

    /**
     * Residents (nhân khẩu) of a village: the total it carries, or the sum of its household records'
     * members; summed above the village.
     */
    public static final Metric<Long> RESIDENTS = Metric.householdsSum("residents",
            Text.of("nhân khẩu", "residents"), HOUSEHOLD_MEMBERS);

    /** Residents whose electronic personal ID (định danh cá nhân điện tử) is activated. */
    public static final Metric<Long> RESIDENTS_WITH_ELECTRONIC_ID = Metric.householdsSum("residents.electronic-id",
            Text.of("người dân sử dụng định danh cá nhân điện tử", "residents with electronic ID"),
            HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID).withWhole(RESIDENTS);

    /** Residents guided to install and use health-advice applications (Nghệ An). */
    public static final Metric<Long> RESIDENTS_GUIDED_TO_HEALTH_APPS = Metric.summedCount("residents.health-app-guided", VILLAGE,
            Text.of("người dân được hướng dẫn cài đặt, sử dụng ứng dụng tư vấn sức khỏe",
                    "residents guided to health-advice apps")).withWhole(RESIDENTS);

    /** Residents of working age. */
    public static final Metric<Long> WORKING_AGE_RESIDENTS = Metric.summedCount("residents.working-age", VILLAGE,
            Text.of("người trong độ tuổi lao động", "working-age residents")).withWhole(RESIDENTS);

    /** Working-age residents with an account on the public-service portal (Bắc Giang pilot, seed 003). */
    public static final Metric<Long> WORKING_AGE_WITH_PUBLIC_SERVICE_ACCOUNT = Metric.summedCount(
            "residents.working-age.public-service-account", VILLAGE,
            Text.of("người trong độ tuổi lao động có tài khoản dịch vụ công", "working-age residents with a public-service account"))
            .withWhole(WORKING_AGE_RESIDENTS);

    // --- Household facts and their village counts -------------------------------------------------

    /** The household has fibre Internet. */
    public static final Metric<Boolean> HOUSEHOLD_HAS_FIBRE = Metric.flag("household.fibre", HOUSEHOLD,
            Text.of("hộ có Internet cáp quang", "household has fibre Internet"));

    /** The household has a smartphone. */
    public static final Metric<Boolean> HOUSEHOLD_HAS_SMARTPHONE = Metric.flag("household.smartphone", HOUSEHOLD,
            Text.of("hộ có điện thoại thông minh", "household has a smartphone"));

    /** The household pays without cash (e-wallet, bank transfer). */
    public static final Metric<Boolean> HOUSEHOLD_PAYS_CASHLESS = Metric.flag("household.cashless", HOUSEHOLD,
            Text.of("hộ thanh toán không dùng tiền mặt", "household pays cashless"));

    /** The household business is listed on an e-commerce platform. */
    public static final Metric<Boolean> HOUSEHOLD_ON_ECOMMERCE = Metric.flag("household.ecommerce", HOUSEHOLD,
            Text.of("hộ đăng ký trên sàn thương mại điện tử", "household listed on an e-commerce platform"));

    /** The household has an address code on the digital map. */
    public static final Metric<Boolean> HOUSEHOLD_HAS_DIGITAL_ADDRESS = Metric.flag("household.digital-address", HOUSEHOLD,
            Text.of("hộ được gắn mã địa chỉ trên bản đồ số", "household has a digital-map address"));

    /** The household uses an electronic health book. */
    public static final Metric<Boolean> HOUSEHOLD_HAS_E_HEALTH_BOOK = Metric.flag("household.e-health-book", HOUSEHOLD,
            Text.of("hộ có sổ sức khỏe điện tử", "household has an electronic health book"));

    /** The household uses a telehealth application. */
    public static final Metric<Boolean> HOUSEHOLD_USES_TELEHEALTH = Metric.flag("household.telehealth", HOUSEHOLD,
            Text.of("hộ sử dụng ứng dụng khám chữa bệnh từ xa", "household uses telehealth"));

    /** Households of a village: its household records, or its total when it carries one. */
    public static final Metric<Long> HOUSEHOLDS = Metric.households("households", Text.of("hộ", "households"));

    /** Households with fibre Internet. */
    public static final Metric<Long> HOUSEHOLDS_WITH_FIBRE = Metric.householdsWhere("households.fibre",
            Text.of("hộ có Internet cáp quang", "households with fibre Internet"), HOUSEHOLD_HAS_FIBRE).withWhole(HOUSEHOLDS);

    /** Households with a smartphone. */
    public static final Metric<Long> HOUSEHOLDS_WITH_SMARTPHONE = Metric.householdsWhere("households.smartphone",
            Text.of("hộ có điện thoại thông minh", "households with a smartphone"), HOUSEHOLD_HAS_SMARTPHONE).withWhole(HOUSEHOLDS);

    /** Households paying cashless. */
    public static final Metric<Long> HOUSEHOLDS_PAYING_CASHLESS = Metric.householdsWhere("households.cashless",
            Text.of("hộ thanh toán không dùng tiền mặt", "households paying cashless"), HOUSEHOLD_PAYS_CASHLESS).withWhole(HOUSEHOLDS);

    /** Households listed on an e-commerce platform. */
    public static final Metric<Long> HOUSEHOLDS_ON_ECOMMERCE = Metric.householdsWhere("households.ecommerce",
            Text.of("hộ đăng ký trên sàn thương mại điện tử", "households on an e-commerce platform"), HOUSEHOLD_ON_ECOMMERCE)
            .withWhole(HOUSEHOLDS);

    /** Households with a digital-map address. */
    public static final Metric<Long> HOUSEHOLDS_WITH_DIGITAL_ADDRESS = Metric.householdsWhere("households.digital-address",
            Text.of("hộ được gắn mã địa chỉ trên bản đồ số", "households with a digital-map address"),
            HOUSEHOLD_HAS_DIGITAL_ADDRESS).withWhole(HOUSEHOLDS);

    /** Households with an electronic health book. */
    public static final Metric<Long> HOUSEHOLDS_WITH_E_HEALTH_BOOK = Metric.householdsWhere("households.e-health-book",
            Text.of("hộ có sổ sức khỏe điện tử", "households with an electronic health book"), HOUSEHOLD_HAS_E_HEALTH_BOOK)
            .withWhole(HOUSEHOLDS);

    /** Households using telehealth. */
    public static final Metric<Long> HOUSEHOLDS_USING_TELEHEALTH = Metric.householdsWhere("households.telehealth",
            Text.of("hộ sử dụng khám chữa bệnh từ xa", "households using telehealth"), HOUSEHOLD_USES_TELEHEALTH)
            .withWhole(HOUSEHOLDS);

    // --- Digital government -----------------------------------------------------------------------

    /** Work records (hồ sơ công việc) of a unit's own administration; not summed from its children. */
    public static final Metric<Long> WORK_RECORDS = Metric.count("work-records", COMMUNE,
            Text.of("hồ sơ công việc", "work records"));

    /** Work records processed online (xử lý trên môi trường mạng). */
    public static final Metric<Long> WORK_RECORDS_ONLINE = Metric.count("work-records.online", COMMUNE,
            Text.of("hồ sơ công việc xử lý trên môi trường mạng", "work records processed online")).withWhole(WORK_RECORDS);

    /** Administrative-procedure dossiers (hồ sơ thủ tục hành chính, TTHC) received by a unit. */
    public static final Metric<Long> ADMIN_DOSSIERS = Metric.count("admin-dossiers", COMMUNE,
            Text.of("hồ sơ thủ tục hành chính", "administrative-procedure dossiers"));

    /** Administrative-procedure dossiers handled electronically. */
    public static final Metric<Long> ADMIN_DOSSIERS_ONLINE = Metric.count("admin-dossiers.online", COMMUNE,
            Text.of("hồ sơ thủ tục hành chính xử lý trực tuyến", "administrative-procedure dossiers handled online"))
            .withWhole(ADMIN_DOSSIERS);

    /** Administrative-procedure dossiers settled on time. */
    public static final Metric<Long> ADMIN_DOSSIERS_ON_TIME = Metric.count("admin-dossiers.on-time", COMMUNE,
            Text.of("hồ sơ thủ tục hành chính giải quyết đúng hạn", "administrative-procedure dossiers settled on time"))
            .withWhole(ADMIN_DOSSIERS);

    /** Officials (cán bộ, công chức) of a unit's own administration. */
    public static final Metric<Long> OFFICIALS = Metric.count("officials", COMMUNE,
            Text.of("cán bộ, công chức", "officials"));

    /** Officials who use a digital signature. */
    public static final Metric<Long> OFFICIALS_WITH_DIGITAL_SIGNATURE = Metric.count("officials.digital-signature", COMMUNE,
            Text.of("cán bộ, công chức sử dụng chữ ký số", "officials using a digital signature")).withWhole(OFFICIALS);

    // --- Digital economy --------------------------------------------------------------------------

    /** Businesses and business households, summed above the commune. */
    public static final Metric<Long> BUSINESSES = Metric.summedCount("businesses", COMMUNE,
            Text.of("doanh nghiệp, hộ kinh doanh", "businesses and business households"));

    /** Businesses and business households accepting cashless payment. */
    public static final Metric<Long> BUSINESSES_CASHLESS = Metric.summedCount("businesses.cashless", COMMUNE,
            Text.of("doanh nghiệp, hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt",
                    "businesses accepting cashless payment")).withWhole(BUSINESSES);

    /** Cooperatives (hợp tác xã), summed above the commune. */
    public static final Metric<Long> COOPERATIVES = Metric.summedCount("cooperatives", COMMUNE,
            Text.of("hợp tác xã", "cooperatives"));

    // --- Commune classification -------------------------------------------------------------------

    /**
     * The commune's group (nhóm xã) under Quyết định 51/2025/QĐ-TTg, Phụ lục I, for 2026–2030: 1, 2 or 3, as the
     * province's classification states it. Group 1: peri-urban communes, or agriculture under 10 % of the economy,
     * or designated as a new urban area; group 3: communes of Area II or III of the ethnic-minority and mountain
     * regions; group 2: the others (design/CRITERIA.md §2 [S28, S31]). Each indicator of the commune set has its
     * own level per group. A dataset states it; it is never derived from other figures nor summed above the commune.
     */
    public static final Metric<Long> COMMUNE_GROUP = Metric.count("commune.group", COMMUNE,
            Text.of("nhóm xã (theo 51/2025/QĐ-TTg)", "commune group (under 51/2025/QĐ-TTg)"));

    // --- Village facilities and models ------------------------------------------------------------

    /** Fibre Internet and 3G/4G mobile service reach the village. */
    public static final Metric<Boolean> FIBRE_AND_MOBILE_TO_VILLAGE = Metric.flag("village.fibre-and-mobile", VILLAGE,
            Text.of("hạ tầng Internet cáp quang và di động 3G/4G đến thôn", "fibre and 3G/4G reach the village"));

    /** Village officials use digital platforms to inform, communicate and campaign. */
    public static final Metric<Boolean> OFFICIALS_ON_DIGITAL_PLATFORMS = Metric.flag("village.officials-digital-platforms", VILLAGE,
            Text.of("cán bộ thôn áp dụng nền tảng số để thông tin, liên lạc, tuyên truyền",
                    "village officials use digital platforms to communicate"));

    /** The village cultural house has Wi-Fi. */
    public static final Metric<Boolean> WIFI_AT_CULTURAL_HOUSE = Metric.flag("village.cultural-house-wifi", VILLAGE,
            Text.of("nhà văn hóa thôn có Wifi", "Wi-Fi at the village cultural house"));

    /** The village has security cameras. */
    public static final Metric<Boolean> SECURITY_CAMERAS = Metric.flag("village.security-cameras", VILLAGE,
            Text.of("thôn có camera an ninh", "security cameras in the village"));

    /** The village has smart (IP) loudspeakers. */
    public static final Metric<Boolean> SMART_LOUDSPEAKERS = Metric.flag("village.smart-loudspeakers", VILLAGE,
            Text.of("thôn có loa truyền thanh thông minh", "smart loudspeakers in the village"));

    /** The village has a community digital-technology team (tổ công nghệ số cộng đồng). */
    public static final Metric<Boolean> COMMUNITY_DIGITAL_TEAM = Metric.flag("village.community-digital-team", VILLAGE,
            Text.of("tổ công nghệ số cộng đồng", "community digital-technology team"));

    /** The village runs an IT or digital-transformation model in security and public order. */
    public static final Metric<Boolean> IT_MODEL_SECURITY = itModel("security", "an ninh trật tự", "security and public order");

    /** The village runs an IT or digital-transformation model in traffic safety. */
    public static final Metric<Boolean> IT_MODEL_TRAFFIC_SAFETY = itModel("traffic-safety", "an toàn giao thông", "traffic safety");

    /** The village runs an IT or digital-transformation model in production and business. */
    public static final Metric<Boolean> IT_MODEL_PRODUCTION_BUSINESS = itModel("production-business", "sản xuất - kinh doanh",
            "production and business");

    /** The village runs an IT or digital-transformation model in health. */
    public static final Metric<Boolean> IT_MODEL_HEALTH = itModel("health", "y tế", "health");

    /** The village runs an IT or digital-transformation model in education. */
    public static final Metric<Boolean> IT_MODEL_EDUCATION = itModel("education", "giáo dục", "education");

    /** The village runs an IT or digital-transformation model in agriculture. */
    public static final Metric<Boolean> IT_MODEL_AGRICULTURE = itModel("agriculture", "nông nghiệp", "agriculture");

    /** The village runs an IT or digital-transformation model in tourism. */
    public static final Metric<Boolean> IT_MODEL_TOURISM = itModel("tourism", "du lịch", "tourism");

    /** The fields in which a village may run an IT model, as Bắc Giang's smart-village rule lists them (seed 001). */
    public static final List<Metric<Boolean>> IT_MODEL_FIELDS = List.of(IT_MODEL_SECURITY, IT_MODEL_TRAFFIC_SAFETY,
            IT_MODEL_PRODUCTION_BUSINESS, IT_MODEL_HEALTH, IT_MODEL_EDUCATION, IT_MODEL_AGRICULTURE, IT_MODEL_TOURISM);

    private static final List<Metric<?>> ALL = List.of(
            HOUSEHOLD_MEMBERS, HOUSEHOLD_MEMBERS_WITH_ELECTRONIC_ID, RESIDENTS, RESIDENTS_WITH_ELECTRONIC_ID, RESIDENTS_GUIDED_TO_HEALTH_APPS, WORKING_AGE_RESIDENTS,
            WORKING_AGE_WITH_PUBLIC_SERVICE_ACCOUNT,
            HOUSEHOLD_HAS_FIBRE, HOUSEHOLD_HAS_SMARTPHONE, HOUSEHOLD_PAYS_CASHLESS, HOUSEHOLD_ON_ECOMMERCE,
            HOUSEHOLD_HAS_DIGITAL_ADDRESS, HOUSEHOLD_HAS_E_HEALTH_BOOK, HOUSEHOLD_USES_TELEHEALTH,
            HOUSEHOLDS, HOUSEHOLDS_WITH_FIBRE, HOUSEHOLDS_WITH_SMARTPHONE, HOUSEHOLDS_PAYING_CASHLESS, HOUSEHOLDS_ON_ECOMMERCE,
            HOUSEHOLDS_WITH_DIGITAL_ADDRESS, HOUSEHOLDS_WITH_E_HEALTH_BOOK, HOUSEHOLDS_USING_TELEHEALTH,
            WORK_RECORDS, WORK_RECORDS_ONLINE, ADMIN_DOSSIERS, ADMIN_DOSSIERS_ONLINE, ADMIN_DOSSIERS_ON_TIME,
            OFFICIALS, OFFICIALS_WITH_DIGITAL_SIGNATURE,
            BUSINESSES, BUSINESSES_CASHLESS, COOPERATIVES, COMMUNE_GROUP,
            FIBRE_AND_MOBILE_TO_VILLAGE, OFFICIALS_ON_DIGITAL_PLATFORMS, WIFI_AT_CULTURAL_HOUSE, SECURITY_CAMERAS,
            SMART_LOUDSPEAKERS, COMMUNITY_DIGITAL_TEAM,
            IT_MODEL_SECURITY, IT_MODEL_TRAFFIC_SAFETY, IT_MODEL_PRODUCTION_BUSINESS, IT_MODEL_HEALTH, IT_MODEL_EDUCATION,
            IT_MODEL_AGRICULTURE, IT_MODEL_TOURISM);

    private static final Map<String, Metric<?>> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Metric::id, Function.identity()));

    /** {@return every metric of this class, in the order of this class; unmodifiable} */
    public static List<Metric<?>> all() {
        return ALL;
    }

    /**
     * {@return the metric of this class with the given id, or empty}
     *
     * @param id a metric id such as {@code "residents"}, not null; a pack's own metrics are not found here
     */
    public static Optional<Metric<?>> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    private static Metric<Boolean> itModel(String field, String vi, String en) {
        return Metric.flag("village.it-model." + field, VILLAGE,
                Text.of("mô hình ứng dụng CNTT, chuyển đổi số về " + vi, "IT or digital model in " + en));
    }
}
