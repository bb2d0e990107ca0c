package vn.smartvillage.model;

import vn.smartvillage.Text;

/**
 * One of the three pillars of digital transformation in building new rural areas (QĐ 924/QĐ-TTg).
 */
public enum Pillar {
    /** Digital government (chính quyền số). */
    DIGITAL_GOVERNMENT(Text.of("chính quyền số", "digital government")),
    /** Digital economy (kinh tế số). */
    DIGITAL_ECONOMY(Text.of("kinh tế số", "digital economy")),
    /** Digital society (xã hội số). */
    DIGITAL_SOCIETY(Text.of("xã hội số", "digital society"));

    private final Text label;

    Pillar(Text label) {
        this.label = label;
    }

    /** {@return the pillar's name in Vietnamese and English} */
    public Text label() {
        return label;
    }
}
