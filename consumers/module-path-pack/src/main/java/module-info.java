/**
 * A province's rule packs, shipped the way the library documents it: a provider declared with
 * {@code provides}, the pack a resource of this module's own package. Nothing is opened: the library must
 * read the resources without {@code opens}.
 */
module org.example.province.packs {
    requires vn.smartvillage.core;

    exports org.example.province.packs;

    provides vn.smartvillage.packs.RulePackProvider with org.example.province.packs.ProvincePacks;
}
