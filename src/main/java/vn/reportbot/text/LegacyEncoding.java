package vn.reportbot.text;

/** The 8-bit Vietnamese encodings still met inside Word files and pasted mail bodies. */
public enum LegacyEncoding {
    /** TCVN 5712:1993 VN3, the "ABC" fonts {@code .VnTime}, {@code .VnArial}; capitals fonts end in {@code H}. */
    TCVN3,
    /** VNI Windows, the {@code VNI-Times} fonts: a base letter followed by a modifier character. */
    VNI
}
