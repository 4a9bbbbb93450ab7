package org.agijobs.staking;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.agijobs.support.ApiTest;
import org.agijobs.support.MutableClockConfiguration;
import org.springframework.context.annotation.Import;

/** An {@link ApiTest} with a clock the test can move and the staking fixture; staking tests share its context. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiTest
@Import({MutableClockConfiguration.class, StakingFixture.class, StakeEventRecorder.class})
@interface StakingApiTest {
}
