/**
 * smartvillage core: the model of Vietnam's administrative units and digital-transformation pillars,
 * typed metrics, rule packs (criteria, certifications, targets) and the exact evaluation engine.
 *
 * <p>The core names no province: every Vietnamese rule beyond the generic levels is data, in a rule
 * pack.
 */
module vn.smartvillage.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires org.slf4j;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires tools.jackson.dataformat.csv;
    requires org.snakeyaml.engine;

    exports vn.smartvillage;
    exports vn.smartvillage.model;
    exports vn.smartvillage.metric;
    exports vn.smartvillage.data;
    exports vn.smartvillage.rules;
    exports vn.smartvillage.evaluation;
    exports vn.smartvillage.packs;
    exports vn.smartvillage.io;
    exports vn.smartvillage.report;

    // Rule packs shipped in jars are found through this service.
    uses vn.smartvillage.packs.RulePackProvider;

    // Hibernate Validator reads the constraint annotations on the model records.
    opens vn.smartvillage.model to org.hibernate.validator;
}
