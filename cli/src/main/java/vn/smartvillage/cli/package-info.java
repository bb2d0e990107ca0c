/**
 * {@code smartvillage}, the command-line tool: evaluate a dataset with a pack, list, show, validate and
 * test packs, and explain one unit's verdicts. Built with picocli; {@code docs/cli.md} describes it.
 */
package vn.smartvillage.cli;
