/**
 * {@code smartvillage}, the command-line tool: evaluate a dataset with a pack, list, show, validate and
 * test packs, and explain one unit's verdicts. Built with picocli; {@code docs/cli.md} describes it.
 *
 * <p>The tool's contract is its command line: commands, options, output and exit statuses. Its public
 * types ({@link vn.smartvillage.cli.SmartVillageCli}, to run it in a process of one's own, and
 * {@link vn.smartvillage.cli.TextReport}, its plain-text report) are not a library API and may change in
 * any release.
 */
package vn.smartvillage.cli;
