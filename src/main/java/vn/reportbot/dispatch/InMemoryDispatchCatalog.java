package vn.reportbot.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reportbot.dispatchtext.ParsedDispatch;

/**
 * A catalog held in memory, for the offline {@code classify} command. An office's list is the same
 * instance until a dispatch is added to it, so that matching can keep its index.
 */
public final class InMemoryDispatchCatalog implements DispatchCatalog {

    private final Map<String, List<KnownDispatch>> byOffice = new HashMap<>();
    private final Map<Long, KnownDispatch> byId = new HashMap<>();

    /** Adds a parsed dispatch for an office and returns it with its new id. */
    public KnownDispatch add(String officeId, ParsedDispatch parsed) {
        long id = byId.size() + 1L;
        KnownDispatch known = new KnownDispatch(id, officeId, parsed.number(), parsed.issuedOn(), parsed.subject(),
                parsed.deadline(), parsed.tasks(), CadenceDefaults.standard().effective(officeId, parsed.cadence()),
                parsed.recipients());
        byId.put(id, known);
        List<KnownDispatch> list = new ArrayList<>(byOffice.getOrDefault(officeId, List.of()));
        list.add(known);
        list.sort(Comparator.comparing(KnownDispatch::id).reversed());
        byOffice.put(officeId, List.copyOf(list));
        return known;
    }

    @Override
    public List<KnownDispatch> dispatchesOf(String officeId) {
        return byOffice.getOrDefault(officeId, List.of());
    }

    @Override
    public Optional<KnownDispatch> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }
}
