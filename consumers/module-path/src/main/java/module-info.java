/** A user's application that embeds smartvillage as modules, with a third party's pack module beside it. */
module org.example.consumer {
    requires vn.smartvillage.criteria.vn;
    // A service provider only (nothing of it is called but a constant); required so that it is resolved
    // as a named module on the module path, as a user who ships it with the application would have it.
    requires org.example.province.packs;

    exports org.example.consumer;
}
