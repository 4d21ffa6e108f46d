/**
 * The directory of offices and the units that report to them, read from {@code config/directory.yml}.
 * Its public face is {@link vn.reportbot.directory.Directory} and its records; loading and validation
 * stay inside.
 */
package vn.reportbot.directory;
