package vn.reportbot.cli;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of {@code classify}'s output.
 *
 * @param dispatchIssuedOn the issue date of {@code dispatch} (numbers restart every year, so two dispatches of an
 *                         office may share one), or null
 */
@JsonPropertyOrder({"file", "messageId", "kind", "decision", "office", "unit", "dispatch", "dispatchIssuedOn", "tasks",
        "confidence", "reasons"})
record ClassifyJson(String file, String messageId, String kind, String decision, String office, String unit,
                    String dispatch, LocalDate dispatchIssuedOn, List<Integer> tasks, double confidence,
                    List<String> reasons) {
}
