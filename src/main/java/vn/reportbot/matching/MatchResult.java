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
 * @param candidates for a message a person must look at, the pairs of unit and dispatch it may answer, best first
 *                   (the best guess first); empty when there is no guess at all, or the message needs no person
 */
public record MatchResult(MessageKind kind, Decision decision, String officeId, String unitId, KnownDispatch dispatch,
                          List<Integer> tasks, double confidence, List<String> reasons, List<Candidate> candidates) {
    public MatchResult {
        tasks = List.copyOf(tasks);
        reasons = List.copyOf(reasons);
        candidates = List.copyOf(candidates);
    }

    /** A verdict without candidates. */
    public MatchResult(MessageKind kind, Decision decision, String officeId, String unitId, KnownDispatch dispatch,
                       List<Integer> tasks, double confidence, List<String> reasons) {
        this(kind, decision, officeId, unitId, dispatch, tasks, confidence, reasons, List.of());
    }

    /**
     * One unit and dispatch a message under review may answer.
     *
     * @param unitId   the unit, or null when none could be guessed
     * @param dispatch the dispatch, or null when none could be guessed
     * @param score    0..1, how likely the matcher finds it
     */
    public record Candidate(String unitId, KnownDispatch dispatch, double score) {
    }
}
