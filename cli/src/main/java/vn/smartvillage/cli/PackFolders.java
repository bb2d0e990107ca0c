package vn.smartvillage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The {@code --packs DIR} option every command that loads packs takes (a picocli mixin). */
final class PackFolders {

    @Option(names = "--packs", paramLabel = "DIR", description = "also load the packs in DIR (repeatable)")
    List<Path> folders = new ArrayList<>();
}
