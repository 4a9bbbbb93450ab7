package org.agijobs.jobs;

/** An agent's result: the SHA-256 (hex) of the deliverable, where it is, and optionally a short text. */
public record Submission(String resultHash, String resultUri, String resultText) {
}
