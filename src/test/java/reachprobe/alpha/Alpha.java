package reachprobe.alpha;

import reachprobe.beta.internal.BetaSecret;

/** Uses another module's insides: the reach {@code ModularityTests} must refuse. */
public final class Alpha {

    public String peek() {
        return new BetaSecret().secret();
    }
}
