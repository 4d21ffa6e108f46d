package vn.reportbot.web;

/** The body of every error answer: {@code {"error": "…"}}. */
record ApiError(String error) {
}
