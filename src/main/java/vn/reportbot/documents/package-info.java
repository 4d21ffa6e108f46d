/**
 * Documents to text: {@link vn.reportbot.documents.DocumentTextReader} reads .txt, .docx, .doc, .pdf (with a text
 * layer) and .odt into NFC Unicode, converting legacy TCVN3 and VNI text, for dispatch intake and attachments.
 * Free of Spring and the database.
 */
package vn.reportbot.documents;
