package org.agijobs.audit;

/** The newest link of the sealed chain: what a signed statement cites to pin the trail as it stood. */
public record AuditHead(long seq, String hash) {
}
