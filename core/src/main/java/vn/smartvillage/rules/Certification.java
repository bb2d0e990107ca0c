package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.IdGrammar;
import vn.smartvillage.model.AdminLevel;

/**
 * A title a unit earns when its requirement tree holds, such as "smart village" (thôn thông minh) or
 * "model new-rural commune" (xã nông thôn mới kiểu mẫu).
 *
 * @param id          the id, unique among the certifications of its rule pack
 * @param name        the title in Vietnamese and English
 * @param level       the level of the units that can earn it
 * @param requirement what must hold
 * @param citation    where the title and its requirements come from
 */
@API(status = STABLE, since = "0.1")
public record Certification(String id, Text name, AdminLevel level, Requirement requirement, Citation citation) {

    /**
     * Checks the parts.
     *
     * @param id          the id, unique among the certifications of its rule pack: 1 to 100 lower-case
     *                    letters, digits and {@code . _ -}; not null
     * @param name        the title in Vietnamese and English, such as "thôn thông minh" / "smart village";
     *                    not null
     * @param level       the level of the units that can earn it, not null and not
     *                    {@link AdminLevel#HOUSEHOLD}
     * @param requirement what must hold, not null; the criteria it names are checked by the pack
     * @param citation    where the title and its requirements come from, not null
     * @throws IllegalArgumentException if the id is malformed or the level is the household
     */
    public Certification {
        Objects.requireNonNull(id, "id");
        if (!IdGrammar.RULE.matches(id)) {
            throw new IllegalArgumentException("certification '" + id + "': an id is 1 to 100 lower-case letters, digits and . _ -");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(citation, "citation");
        if (level == AdminLevel.HOUSEHOLD) {
            throw new IllegalArgumentException("certification '" + id + "': households cannot be certified");
        }
    }
}
