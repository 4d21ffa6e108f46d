package vn.reportbot.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.reportbot.system.JobRunner;

@RestController
@RequestMapping("/api/jobs")
class JobController {

    private final JobRunner jobs;

    JobController(JobRunner jobs) {
        this.jobs = jobs;
    }

    /** Runs the job now, as its schedule would, and answers when it has finished. */
    @PostMapping("/{name}/run")
    ResponseEntity<?> run(@PathVariable String name, @RequestParam Optional<String> office) {
        if (!jobs.knows(name)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ApiError.of(HttpStatus.NOT_FOUND, "no job '" + name + "'; jobs: " + String.join(", ", jobs.names())));
        }
        return ResponseEntity.ok(jobs.run(name, office));
    }
}
