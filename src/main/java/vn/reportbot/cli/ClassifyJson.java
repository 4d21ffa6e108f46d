package vn.reportbot.cli;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One line of {@code classify}'s output. */
@JsonPropertyOrder({"file", "messageId", "kind", "decision", "office", "unit", "dispatch", "tasks", "confidence", "reasons"})
record ClassifyJson(String file, String messageId, String kind, String decision, String office, String unit,
                    String dispatch, List<Integer> tasks, double confidence, List<String> reasons) {
}
