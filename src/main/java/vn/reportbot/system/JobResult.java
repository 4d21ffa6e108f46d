package vn.reportbot.system;

import java.util.List;

/** What one run of a job did, as the admin API answers it. */
public record JobResult(String job, String office, int messagesRead, int mailsQueued, int mailsSent, List<String> details) {
    public JobResult {
        details = List.copyOf(details);
    }

    public JobResult plusSent(int sent) {
        return new JobResult(job, office, messagesRead, mailsQueued, mailsSent + sent, details);
    }
}
