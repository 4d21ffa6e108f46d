package vn.reportbot.documents;

/**
 * A document's text and how it was had: from the document's own text ({@code ocr} false), or recognised in the
 * images of a scan or a photo by Tesseract ({@code ocr} true), which can misread letters and digits.
 */
public record DocumentText(String text, boolean ocr) {
}
