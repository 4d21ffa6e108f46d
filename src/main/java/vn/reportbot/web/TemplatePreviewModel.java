package vn.reportbot.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatchtext.Addressee;
import vn.reportbot.dispatchtext.DispatchTask;

/**
 * The model a template is previewed with: the first sample model of its mail (so that every key it has is there,
 * shaped as the real code shapes it) with what describes the dispatch, its office and the unit replaced by those
 * of a real dispatch and unit of the database. Only keys the sample has are replaced.
 */
final class TemplatePreviewModel {

    private TemplatePreviewModel() {
    }

    static Map<String, Object> of(Map<String, Object> sample, KnownDispatch dispatch, Office office, Unit unit) {
        Map<String, Object> model = new LinkedHashMap<>(sample);
        String addressee = unit.addressee() != null && !unit.addressee().isBlank() ? unit.addressee()
                : Addressee.of(dispatch.recipients(), unit.name());
        put(model, "addressee", addressee);
        put(model, "unitName", unit.name());
        put(model, "staffName", office.staff().isEmpty() ? "" : office.staff().get(0).name());
        put(model, "officeName", office.name());
        put(model, "officeId", office.id());
        put(model, "officeMailbox", office.mailbox());
        put(model, "dispatchId", String.valueOf(dispatch.id()));
        put(model, "dispatchNumber", nz(dispatch.number()));
        put(model, "number", nz(dispatch.number()));
        put(model, "dispatchSubject", nz(dispatch.subject()));
        put(model, "subject", nz(dispatch.subject()));
        put(model, "dispatchIssuedOn", day(dispatch.issuedOn()));
        put(model, "issuedOn", day(dispatch.issuedOn()));
        put(model, "deadline", day(dispatch.deadline()));
        if (model.containsKey("unitSubject") && !nz(dispatch.number()).isEmpty()) {
            String subject = "Báo cáo thực hiện Công văn số " + dispatch.number();
            model.put("unitSubject", subject);
            put(model, "replySubject", "Re: " + subject);
        }
        if (model.get("attachments") instanceof List<?>) {
            model.put("attachments", List.of());
        }
        if (model.get("tasks") instanceof List<?> tasks) {
            boolean numbers = !tasks.isEmpty() && tasks.get(0) instanceof Number;
            model.put("tasks", numbers ? dispatch.ordinals() : taskMaps(dispatch.tasks()));
        }
        if (model.get("missing") instanceof List<?>) {
            model.put("missing", taskMaps(dispatch.tasks()));
            put(model, "missingNumbers", String.join(", ", dispatch.ordinals().stream().map(String::valueOf).toList()));
        }
        if (model.get("recordedTasks") instanceof List<?>) {
            model.put("recordedTasks", dispatch.ordinals());
            model.put("dueTasks", List.of());
            put(model, "allReported", true);
        }
        if (model.get("units") instanceof List<?>) {
            model.put("units", office.units().stream().map(Unit::name).toList());
        }
        return model;
    }

    private static List<Map<String, Object>> taskMaps(List<DispatchTask> tasks) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (DispatchTask task : tasks) {
            maps.add(Map.of("ordinal", task.ordinal(), "text", task.text()));
        }
        return maps;
    }

    private static void put(Map<String, Object> model, String key, Object value) {
        if (model.containsKey(key)) {
            model.put(key, value);
        }
    }

    private static String day(LocalDate day) {
        return day == null ? "" : PageController.DAY.format(day);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
