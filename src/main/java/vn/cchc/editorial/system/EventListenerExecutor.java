package vn.cchc.editorial.system;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run the asynchronous event listeners ({@code @ApplicationModuleListener}), sized by
 * {@code spring.task.execution} in application.yaml. Camunda's job executor has a task executor of its
 * own, and with two in the context and none named {@code taskExecutor}, Spring's {@code @Async} would
 * start a new thread for every event instead; this one is that name.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerExecutor {

    @Bean(name = "taskExecutor")
    ThreadPoolTaskExecutor taskExecutor(ThreadPoolTaskExecutorBuilder builder) {
        return builder.build();
    }
}
