/**
 * The directory of offices and the units that report to them, read from {@code config/directory.yml}, which stays
 * the one place it lives: {@link vn.reportbot.directory.DirectoryEditor} writes a change back to the file after
 * loading it as at start-up, and a change made by hand is read again; {@link vn.reportbot.directory.Directory} then
 * answers from the new file at once. Its public face is {@code Directory}, its records, the editor and the
 * {@code DirectoryChanged} event; loading, validation and the YAML editing stay inside.
 */
package vn.reportbot.directory;
