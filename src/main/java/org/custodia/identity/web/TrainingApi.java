package org.custodia.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.custodia.identity.NewTrainingRecord;
import org.custodia.identity.RequiredCourse;
import org.custodia.identity.RequiredCourseId;
import org.custodia.identity.RequiredTraining;
import org.custodia.identity.TrainingRecord;
import org.custodia.identity.TrainingRecordId;
import org.custodia.identity.UserTraining;
import org.custodia.shared.UserId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Required training and users' training records: the same rules and audit as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Training", description = "Required courses and users' training records (organisation administrators)")
class TrainingApi {

    /** A course to add to the organisation's required training. */
    public record NewRequiredCourse(String name) {}

    private final RequiredTraining required;
    private final UserTraining training;

    TrainingApi(RequiredTraining required, UserTraining training) {
        this.required = required;
        this.training = training;
    }

    @GetMapping("/required-training")
    @Operation(summary = "The courses required for a sensitive-data grant")
    List<RequiredCourse> requiredCourses() {
        return required.courses();
    }

    @PostMapping("/required-training")
    @Operation(summary = "Require a course; holders without a current record of it lose their grant at once")
    ResponseEntity<List<RequiredCourse>> addRequiredCourse(@RequestBody NewRequiredCourse course) {
        RequiredCourseId id = required.add(course.name());
        return ResponseEntity.created(URI.create("/api/v1/required-training/" + id))
                .body(required.courses());
    }

    @DeleteMapping("/required-training/{id}")
    @Operation(summary = "Stop requiring a course (at least one must remain)")
    ResponseEntity<Void> removeRequiredCourse(@PathVariable UUID id) {
        required.remove(new RequiredCourseId(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/users/{id}/training")
    @Operation(summary = "A user's training records, latest expiry first")
    List<TrainingRecord> records(@PathVariable UUID id) {
        return training.of(new UserId(id));
    }

    @PostMapping("/users/{id}/training")
    @Operation(summary = "Record a course a user completed (dates as YYYY-MM-DD)")
    ResponseEntity<List<TrainingRecord>> addRecord(@PathVariable UUID id, @RequestBody NewTrainingRecord record) {
        TrainingRecordId recordId = training.add(new UserId(id), record);
        return ResponseEntity.created(URI.create("/api/v1/users/" + id + "/training/" + recordId))
                .body(training.of(new UserId(id)));
    }

    @DeleteMapping("/users/{id}/training/{recordId}")
    @Operation(summary = "Remove a training record; a grant that rested on it lapses")
    ResponseEntity<Void> removeRecord(@PathVariable UUID id, @PathVariable UUID recordId) {
        training.remove(new UserId(id), new TrainingRecordId(recordId));
        return ResponseEntity.noContent().build();
    }
}
