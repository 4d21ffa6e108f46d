package vn.reportbot.directory;

import java.util.Optional;

/**
 * Sender addresses that staff confirmed for a unit (a chairman's personal Gmail), beside the
 * directory's registered ones.
 */
public interface LearnedAddresses {

    /** The unit confirmed for this address, as {@code officeId/unitId}. */
    Optional<UnitRef> unitFor(String address);

    /** A unit of an office. */
    record UnitRef(String officeId, String unitId) {
    }

    /** No learned address, for offline classification. */
    static LearnedAddresses none() {
        return address -> Optional.empty();
    }
}
