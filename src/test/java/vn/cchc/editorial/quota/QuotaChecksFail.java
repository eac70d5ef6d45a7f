package vn.cchc.editorial.quota;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test only: once armed, every quota check after a publication fails, as if the node had died before it
 * ran: the publication is committed, its event's row stays in event_publication, the period stays open.
 * Inert unless armed. A bean of the shared test application (component scanning finds it in the test
 * classes), wrapping the application's {@link QuotaWatcher}, so a test arms it without a Spring context
 * of its own.
 */
@Component
public class QuotaChecksFail implements BeanPostProcessor {

    private static volatile boolean armed;
    private static final AtomicInteger failed = new AtomicInteger();

    static void arm() {
        failed.set(0);
        armed = true;
    }

    static void disarm() {
        armed = false;
    }

    /** How many checks failed since armed. */
    static int failed() {
        return failed.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof QuotaWatcher)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) call -> {
            if (armed && call.getMethod().getName().equals("onPublication")) {
                failed.incrementAndGet();
                throw new IllegalStateException("test: the node stops before the quota check");
            }
            return call.proceed();
        });
        return proxy.getProxy();
    }
}
