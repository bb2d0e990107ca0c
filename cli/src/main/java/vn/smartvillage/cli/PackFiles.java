package vn.smartvillage.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.smartvillage.packs.RulePackRegistry;

/** The pack files {@code pack validate} and {@code pack test} work on, with the packs they may extend (a picocli mixin). */
final class PackFiles {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "pack files, or folders of them")
    List<Path> files;

    @Mixin
    PackFolders packs;

    @Option(names = "--no-discover", description = "do not load the packs shipped in jars (to check their source files)")
    boolean noDiscover;

    /** Loads the files with the other packs and returns the entries read from the files. */
    List<RulePackRegistry.Entry> entries() {
        return PackCommand.own(files, packs.folders, !noDiscover);
    }
}
