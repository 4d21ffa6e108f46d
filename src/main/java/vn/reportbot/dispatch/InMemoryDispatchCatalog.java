package vn.reportbot.dispatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.ParsedDispatch;

/**
 * A catalog held in memory, for the offline {@code classify} command. An office's list is the same
 * instance until a dispatch is added to it, so that matching can keep its index. A dispatch closes on its own as the
 * built-in {@code reportbot.dispatch.close-after-days} says; nobody closes or reopens one here.
 */
public final class InMemoryDispatchCatalog implements DispatchCatalog {

    private final Map<String, List<KnownDispatch>> byOffice = new HashMap<>();
    private final Map<Long, KnownDispatch> byId = new HashMap<>();

    /** Adds a parsed dispatch for an office and returns it with its new id. */
    public KnownDispatch add(String officeId, ParsedDispatch parsed) {
        long id = byId.size() + 1L;
        CadenceDefaults settings = CadenceDefaults.standard();
        Cadence cadence = settings.effective(officeId, parsed.cadence());
        KnownDispatch known = new KnownDispatch(id, officeId,
                parsed.hasNumber() ? parsed.number() : DispatchImporter.UNNUMBERED_PREFIX + id + ")", parsed.issuedOn(),
                parsed.subject() == null ? "" : parsed.subject(),
                parsed.deadline(), parsed.tasks(), cadence, parsed.recipients(),
                DispatchLife.UNTOUCHED.closesOn(parsed.deadline(), cadence, settings.closeAfterDays()));
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
    public List<KnownDispatch> openDispatchesOf(String officeId, LocalDate day) {
        return dispatchesOf(officeId).stream().filter(d -> d.isOpenOn(day)).toList();
    }

    @Override
    public Optional<KnownDispatch> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }
}
