/**
 * smartvillage core: the model of Vietnam's administrative units and digital-transformation pillars,
 * typed metrics, rule packs (criteria, certifications, targets) and the exact evaluation engine.
 *
 * <p>The core names no province: every Vietnamese rule beyond the generic levels is data, in a rule
 * pack.
 */
module vn.smartvillage.core {
    // The constraint annotations on the model records are part of the API.
    requires transitive jakarta.validation;
    // @API on every public type (how stable it is); read by tools and compilers, not needed at run time.
    requires static transitive org.apiguardian.api;
    requires org.slf4j;
    requires tools.jackson.core;
    requires org.snakeyaml.engine;
    requires de.siegmar.fastcsv;

    exports vn.smartvillage;
    exports vn.smartvillage.model;
    exports vn.smartvillage.metric;
    exports vn.smartvillage.data;
    exports vn.smartvillage.rules;
    exports vn.smartvillage.evaluation;
    exports vn.smartvillage.packs;
    exports vn.smartvillage.packs.testing;
    exports vn.smartvillage.io;
    exports vn.smartvillage.report;
    // Not exported: vn.smartvillage.internal and the packages under it, such as internal.location, whose
    // factories are the only way to make a Location (the loaders' job, not the users').

    // Rule packs shipped in jars are found through this service.
    uses vn.smartvillage.packs.RulePackProvider;
    // Only to ask whether the application has a logging backend before starting SLF4J (see Evaluator).
    uses org.slf4j.spi.SLF4JServiceProvider;
}
