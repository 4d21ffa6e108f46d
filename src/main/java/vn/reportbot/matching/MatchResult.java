package vn.reportbot.matching;

import java.util.List;

import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.intake.MessageKind;

/**
 * The matcher's verdict on one message.
 *
 * @param officeId   the office whose mailbox received it, or null
 * @param unitId     the unit (decided or best guess), or null
 * @param dispatch   the dispatch (decided or best guess), or null
 * @param tasks      the dispatch's task ordinals the report says it addresses; may be empty
 * @param confidence 0..1, how sure the matcher is of the decision
 * @param reasons    short reasons a person would read, most weighty first; never empty
 */
public record MatchResult(MessageKind kind, Decision decision, String officeId, String unitId, KnownDispatch dispatch,
                          List<Integer> tasks, double confidence, List<String> reasons) {
    public MatchResult {
        tasks = List.copyOf(tasks);
        reasons = List.copyOf(reasons);
    }
}
