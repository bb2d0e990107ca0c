package vn.smartvillage.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.Text;

/**
 * An official decision recognising a unit, as a dataset records it: a village recognised by its province as a
 * smart village, a commune as a model new-rural commune. A recognition grants either a rule
 * pack's certification, named by its id ({@link #of}), which a pack's count targets can then count, or a
 * title the packs do not define ({@link #titled}), which reports show beside the computed verdicts.
 *
 * <p>Only the unit and what is granted are required. The date, the decision number, the issuer and the place
 * where the recognition is stated are given when the source states them, and otherwise left out: empty
 * means "not stated", never guessed.
 *
 * <pre>{@code
 * Recognition r = Recognition.of("an-lanh", "smart-village")
 *         .withDate(LocalDate.of(2024, 5, 20))
 *         .withDecision("12/QĐ-UBND")
 *         .withSource("the decision, published on the province's portal");
 * Dataset data = Dataset.builder(LocalDate.of(2024, 6, 30))
 *         .province("song-xanh", "Sông Xanh")
 *         .commune("xa-a", "Xã A", "song-xanh")
 *         .village("an-lanh", "An Lành", "xa-a")
 *         .recognition(r)
 *         .build();
 * }</pre>
 *
 * <p>Immutable; the copy-with methods return a new recognition. Two recognitions are equal when all their
 * parts are.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Recognition {

    private final String unitId;
    private final String certificationId;
    private final Text title;
    private final LocalDate date;
    private final String decision;
    private final String issuer;
    private final String source;

    private Recognition(String unitId, String certificationId, Text title, LocalDate date, String decision, String issuer,
            String source) {
        this.unitId = unitId;
        this.certificationId = certificationId;
        this.title = title;
        this.date = date;
        this.decision = decision;
        this.issuer = issuer;
        this.source = source;
    }

    /**
     * {@return the recognition of the unit {@code unitId} as holding the certification {@code certificationId}
     * of a rule pack, such as {@code "bg.smart-village"}}
     *
     * @param unitId          the id of the unit recognised, not blank; that the dataset has it is checked when
     *                        the dataset is built
     * @param certificationId the id of the certification granted, not blank; that it is a well-formed id is
     *                        checked when the dataset is built, and a pack that has no such certification
     *                        ignores it
     * @throws IllegalArgumentException if either is blank
     */
    public static Recognition of(String unitId, String certificationId) {
        return new Recognition(nonBlank(unitId, "unitId"), nonBlank(certificationId, "certificationId"), null, null, null, null,
                null);
    }

    /**
     * {@return the recognition of the unit {@code unitId} with a title no rule pack defines, such as "xã NTM
     * kiểu mẫu"}
     *
     * @param unitId  the id of the unit recognised, not blank
     * @param titleVi the title granted, in Vietnamese, not blank
     * @param titleEn the same in English, not blank
     * @throws IllegalArgumentException if any is blank
     */
    public static Recognition titled(String unitId, String titleVi, String titleEn) {
        return new Recognition(nonBlank(unitId, "unitId"), null, Text.of(nonBlank(titleVi, "titleVi"), nonBlank(titleEn, "titleEn")),
                null, null, null, null);
    }

    /**
     * {@return a copy dated {@code date}: the day the decision was signed}
     *
     * @param date the decision's date, not null; it may not be after the dataset's date
     */
    public Recognition withDate(LocalDate date) {
        return new Recognition(unitId, certificationId, title, Objects.requireNonNull(date, "date"), decision, issuer, source);
    }

    /**
     * {@return a copy naming the decision by its number}
     *
     * @param decision the decision's number as written, such as {@code "1234/QĐ-UBND"}; not blank
     * @throws IllegalArgumentException if it is blank
     */
    public Recognition withDecision(String decision) {
        return new Recognition(unitId, certificationId, title, date, Text.nfc(nonBlank(decision, "decision")), issuer, source);
    }

    /**
     * {@return a copy naming who issued the decision}
     *
     * @param issuer the issuing authority as written, such as {@code "UBND tỉnh Sông Xanh"}; not blank
     * @throws IllegalArgumentException if it is blank
     */
    public Recognition withIssuer(String issuer) {
        return new Recognition(unitId, certificationId, title, date, decision, Text.nfc(nonBlank(issuer, "issuer")), source);
    }

    /**
     * {@return a copy saying where the recognition is stated, such as an article or the decision's file}
     *
     * @param source where it is stated, not blank
     * @throws IllegalArgumentException if it is blank
     */
    public Recognition withSource(String source) {
        return new Recognition(unitId, certificationId, title, date, decision, issuer, Text.nfc(nonBlank(source, "source")));
    }

    /** {@return the id of the unit recognised} */
    public String unitId() {
        return unitId;
    }

    /** {@return the id of the pack certification granted; empty for a recognition with a title of its own} */
    public Optional<String> certificationId() {
        return Optional.ofNullable(certificationId);
    }

    /** {@return the title granted, in Vietnamese and English; empty for a recognition of a pack certification} */
    public Optional<Text> title() {
        return Optional.ofNullable(title);
    }

    /** {@return the decision's date; empty when the source does not state it} */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    /** {@return the decision's number; empty when the source does not state it} */
    public Optional<String> decision() {
        return Optional.ofNullable(decision);
    }

    /** {@return who issued the decision; empty when the source does not state it} */
    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    /** {@return where the recognition is stated; empty when not said} */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * {@return whether this recognition grants the certification {@code certificationId} and is in force on
     * {@code asOf}: dated on or before it, or not dated}
     *
     * @param certificationId the certification's id, not null
     * @param asOf            the date of the rules applied, not null
     */
    public boolean grants(String certificationId, LocalDate asOf) {
        Objects.requireNonNull(certificationId, "certificationId");
        Objects.requireNonNull(asOf, "asOf");
        return certificationId.equals(this.certificationId) && (date == null || !date.isAfter(asOf));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recognition r && unitId.equals(r.unitId) && Objects.equals(certificationId, r.certificationId)
                && Objects.equals(title, r.title) && Objects.equals(date, r.date) && Objects.equals(decision, r.decision)
                && Objects.equals(issuer, r.issuer) && Objects.equals(source, r.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, certificationId, title, date, decision, issuer, source);
    }

    @Override
    public String toString() {
        return "Recognition[" + unitId + ", " + (certificationId != null ? certificationId : title.en())
                + (date != null ? ", " + date : "") + (decision != null ? ", " + decision : "") + "]";
    }

    private static String nonBlank(String s, String what) {
        if (Objects.requireNonNull(s, what).isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return s;
    }
}
