package vn.smartvillage.model;

import vn.smartvillage.Text;

/** The kind of an organisation that operates inside an administrative unit. */
public enum OrganisationKind {
    /** A cooperative (hợp tác xã, HTX). */
    COOPERATIVE(Text.of("hợp tác xã", "cooperative")),
    /** A business household (hộ kinh doanh). */
    BUSINESS_HOUSEHOLD(Text.of("hộ kinh doanh", "business household")),
    /** An enterprise (doanh nghiệp). */
    ENTERPRISE(Text.of("doanh nghiệp", "enterprise"));

    private final Text label;

    OrganisationKind(Text label) {
        this.label = label;
    }

    /** {@return the kind's name in Vietnamese and English} */
    public Text label() {
        return label;
    }
}
