package org.agijobs.jobs.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.query.ScrollSubrange;

class PageSizeTest {

    @Test
    void capsFirstAtOneHundredAndDefaultsToTwenty() {
        assertThat(JobController.pageSize(ScrollSubrange.create(ScrollPosition.keyset(), 500, true))).isEqualTo(100);
        assertThat(JobController.pageSize(ScrollSubrange.create(ScrollPosition.keyset(), 100, true))).isEqualTo(100);
        assertThat(JobController.pageSize(ScrollSubrange.create(ScrollPosition.keyset(), 0, true))).isEqualTo(1);
        assertThat(JobController.pageSize(ScrollSubrange.create(ScrollPosition.keyset(), null, true))).isEqualTo(20);
    }
}
