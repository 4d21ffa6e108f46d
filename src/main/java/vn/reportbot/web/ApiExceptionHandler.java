package vn.reportbot.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.reportbot.dispatch.DuplicateDispatchException;
import vn.reportbot.dispatch.UnknownOfficeException;
import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.documents.UnreadableDocumentException;

/** Turns the domain's refusals into the API's status codes with a readable {@code error}. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler {

    @ExceptionHandler(DispatchParseException.class)
    ResponseEntity<ApiError> unparseable(DispatchParseException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ApiError(e.getMessage()));
    }

    @ExceptionHandler(UnreadableDocumentException.class)
    ResponseEntity<ApiError> unreadable(UnreadableDocumentException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ApiError(e.getMessage()));
    }

    @ExceptionHandler(UnknownOfficeException.class)
    ResponseEntity<ApiError> unknownOffice(UnknownOfficeException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(new ApiError(e.getMessage()));
    }

    @ExceptionHandler(DuplicateDispatchException.class)
    ResponseEntity<ApiError> duplicate(DuplicateDispatchException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(e.getMessage()));
    }

    @ExceptionHandler(TextTooLargeException.class)
    ResponseEntity<ApiError> tooLarge(TextTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError(e.getMessage()));
    }

    @ExceptionHandler(org.springframework.web.server.ResponseStatusException.class)
    ResponseEntity<ApiError> refused(org.springframework.web.server.ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode()).body(new ApiError(e.getReason()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiError(e.getMessage()));
    }
}
