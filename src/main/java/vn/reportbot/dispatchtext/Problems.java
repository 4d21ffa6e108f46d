package vn.reportbot.dispatchtext;

/** What {@link ParsedDispatch#problems()} names, in words for the staff who must supply it. */
final class Problems {

    static final String NO_NUMBER = "không có số văn bản";
    static final String BLANK_NUMBER = "số văn bản để trống";
    static final String NO_DATE = "không có ngày ban hành";
    static final String NO_ISSUER = "không có cơ quan ban hành";
    static final String NO_SUBJECT = "không có trích yếu";
    static final String NO_SIGNER = "không có người ký";

    private Problems() {
    }
}
