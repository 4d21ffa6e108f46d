package reachprobe.beta.internal;

/** Public for Java, but inside module {@code beta}: no other module may use it. */
public final class BetaSecret {

    public String secret() {
        return "bí mật";
    }
}
