package vn.smartvillage.model;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;

/**
 * One of the five components of a smart village or commune proposed by the central NTM coordination
 * office (seed 004): smart institutions, resources, infrastructure, services, and production and
 * business.
 */
@API(status = STABLE, since = "0.1")
public enum Component {
    /** Smart institutions (thể chế thông minh). */
    INSTITUTIONS("component.institutions"),
    /** Smart resources (nguồn lực thông minh). */
    RESOURCES("component.resources"),
    /** Smart infrastructure (hạ tầng thông minh). */
    INFRASTRUCTURE("component.infrastructure"),
    /** Smart services (dịch vụ thông minh). */
    SERVICES("component.services"),
    /** Smart production and business (sản xuất - kinh doanh thông minh). */
    PRODUCTION_BUSINESS("component.productionBusiness");

    private final Text label;

    Component(String key) {
        this.label = Messages.label(key);
    }

    /** {@return the component's name in Vietnamese and English} */
    public Text label() {
        return label;
    }
}
