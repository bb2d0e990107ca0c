package vn.smartvillage.model;

import vn.smartvillage.Text;

/**
 * One of the five components of a smart village or commune proposed by the central NTM coordination
 * office (seed 004): smart institutions, resources, infrastructure, services, and production and
 * business.
 */
public enum Component {
    /** Smart institutions (thể chế thông minh). */
    INSTITUTIONS(Text.of("thể chế thông minh", "smart institutions")),
    /** Smart resources (nguồn lực thông minh). */
    RESOURCES(Text.of("nguồn lực thông minh", "smart resources")),
    /** Smart infrastructure (hạ tầng thông minh). */
    INFRASTRUCTURE(Text.of("hạ tầng thông minh", "smart infrastructure")),
    /** Smart services (dịch vụ thông minh). */
    SERVICES(Text.of("dịch vụ thông minh", "smart services")),
    /** Smart production and business (sản xuất - kinh doanh thông minh). */
    PRODUCTION_BUSINESS(Text.of("sản xuất - kinh doanh thông minh", "smart production and business"));

    private final Text label;

    Component(Text label) {
        this.label = label;
    }

    /** {@return the component's name in Vietnamese and English} */
    public Text label() {
        return label;
    }
}
