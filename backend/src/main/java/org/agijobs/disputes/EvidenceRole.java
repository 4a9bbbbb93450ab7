package org.agijobs.disputes;

/** In what capacity evidence was added. */
public enum EvidenceRole { EMPLOYER, AGENT, VALIDATOR }
