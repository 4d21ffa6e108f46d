package reachprobe.beta;

/** Module {@code beta}'s public face. */
public final class Beta {

    public String greeting() {
        return "xin chào";
    }
}
