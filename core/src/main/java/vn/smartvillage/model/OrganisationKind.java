package vn.smartvillage.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;

/** The kind of an organisation that operates inside an administrative unit. */
@API(status = STABLE, since = "0.1")
public enum OrganisationKind {
    /** A cooperative (hợp tác xã, HTX). */
    COOPERATIVE("organisationKind.cooperative"),
    /** A business household (hộ kinh doanh). */
    BUSINESS_HOUSEHOLD("organisationKind.businessHousehold"),
    /** An enterprise (doanh nghiệp). */
    ENTERPRISE("organisationKind.enterprise");

    private final Text label;

    OrganisationKind(String key) {
        this.label = Messages.label(key);
    }

    /** {@return the kind's name in Vietnamese and English} */
    public Text label() {
        return label;
    }
}
