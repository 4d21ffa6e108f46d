/**
 * Vietnamese text handling used by every stage: Unicode normalisation, accent-free and
 * tone-placement-insensitive keys. Nothing else in the project normalises text on its own.
 */
package vn.reportbot.text;
