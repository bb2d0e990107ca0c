package vn.smartvillage.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;

/**
 * One of the three pillars of digital transformation in building new rural areas (QĐ 924/QĐ-TTg).
 */
@API(status = STABLE, since = "0.1")
public enum Pillar {
    /** Digital government (chính quyền số). */
    DIGITAL_GOVERNMENT("pillar.digitalGovernment"),
    /** Digital economy (kinh tế số). */
    DIGITAL_ECONOMY("pillar.digitalEconomy"),
    /** Digital society (xã hội số). */
    DIGITAL_SOCIETY("pillar.digitalSociety");

    private final Text label;

    Pillar(String key) {
        this.label = Messages.label(key);
    }

    /** {@return the pillar's name in Vietnamese and English} */
    public Text label() {
        return label;
    }
}
