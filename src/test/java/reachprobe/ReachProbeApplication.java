package reachprobe;

import org.springframework.modulith.Modulith;

/**
 * The root of a two-module sample that {@code ModularityTests} verifies to show that the check bites: module
 * {@code alpha} reaches into {@code beta}'s {@code internal} package. Outside {@code vn.reportbot}, so that no
 * component scan of the real application ever sees it.
 */
@Modulith
public final class ReachProbeApplication {

    private ReachProbeApplication() {
    }
}
