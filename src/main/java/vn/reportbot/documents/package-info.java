/**
 * Documents to text: {@link vn.reportbot.documents.DocumentTextReader} reads .txt, .docx, .doc, .pdf (with a text
 * layer), .odt, .xlsx and .xls into NFC Unicode, converting legacy TCVN3 and VNI text, for dispatch intake and
 * attachments; {@link vn.reportbot.documents.ExtractionPool} reads them on a bounded pool within a time limit past
 * which the reading is really stopped ({@link vn.reportbot.documents.DocumentSettings}). Free of Spring and the
 * database.
 */
package vn.reportbot.documents;
