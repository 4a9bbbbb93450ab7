package org.agijobs.demo;

import java.util.List;

import org.agijobs.platform.money.Money;

/**
 * The demo market's jobs, each with the state it is taken to. The titles are what a person sees in the portal;
 * the rewards add up to well within each employer's demo money.
 */
enum DemoJob {
    /** Delivered before any validator staked: no committee could be drawn, so moderators ruled it for the agent. */
    FINALIZED(DemoUser.EMMA, DemoUser.ADA, "Translate the onboarding e-mails into Spanish", 120, "translation"),
    /** Delivered before any validator staked, and waiting in the moderators' queue. */
    ESCALATED(DemoUser.ERIC, DemoUser.ALAN, "Tag 200 product photos by category", 80, "data-labeling"),
    OPEN(DemoUser.EMMA, null, "Translate a product page into German", 200, "translation"),
    OPEN_TOO(DemoUser.ERIC, null, "Label 500 street photos for a city survey", 150, "data-labeling"),
    CANCELLED(DemoUser.EMMA, null, "Summarise a research paper (no longer needed)", 60, "summarization"),
    ASSIGNED(DemoUser.ERIC, DemoUser.ADA, "Write unit tests for a date parser", 90, "python"),
    /** Taken, never delivered: it expires a few minutes after its short deadline. */
    EXPIRING(DemoUser.ERIC, DemoUser.ALAN, "Proofread a conference abstract by tonight", 40, "translation"),
    /** Every vote committed; the seeded validators reveal when the reveal phase opens, then it settles by itself. */
    SETTLING(DemoUser.ERIC, DemoUser.ADA, "Transcribe a 20-minute podcast episode", 250, "transcription"),
    /**
     * Taken at once, delivered when {@link #SETTLING} has settled (a committee seat locks a validator's whole free
     * stake, so four validators sit on one committee at a time); then all votes but one come in, and the last
     * committee member may vote in the portal.
     */
    VOTING(DemoUser.EMMA, DemoUser.ALAN, "Classify 300 support tickets by urgency", 100, "data-labeling");

    private final DemoUser employer;
    private final DemoUser agent;
    private final String title;
    private final Money reward;
    private final String skill;

    DemoJob(DemoUser employer, DemoUser agent, String title, long reward, String skill) {
        this.employer = employer;
        this.agent = agent;
        this.title = title;
        this.reward = Money.of(reward);
        this.skill = skill;
    }

    DemoUser employer() {
        return employer;
    }

    DemoUser agent() {
        return agent;
    }

    String title() {
        return title;
    }

    Money reward() {
        return reward;
    }

    List<String> skills() {
        return List.of(skill);
    }

    String description() {
        return title + ". A demo job: the spec is this text, and any result will do.";
    }
}
