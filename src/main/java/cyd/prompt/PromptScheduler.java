package cyd.prompt;

import java.time.Clock;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Opens and closes prompts on time, whether or not anyone is looking at them. */
@ApplicationScoped
public class PromptScheduler {

    @Inject
    PromptService prompts;

    @Inject
    Clock clock;

    @Scheduled(every = "${cyd.scheduler.prompts}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "prompt-schedule")
    void tick() {
        prompts.applySchedule(clock.instant());
    }
}
