package org.agijobs.jobs;

/**
 * Where one agent stands for an open job: its place among the eligible agents (1 is the best) and its score.
 * It tells the agent how likely it is to be chosen without showing who the others are.
 */
public record AgentStanding(int position, int rankedAgents, AgentRank rank) {
}
