package vn.cchc.editorial.system;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class VerifiedPasswordsTest {

    final AtomicLong nanos = new AtomicLong();
    final VerifiedPasswords passwords = new VerifiedPasswords(Duration.ofMinutes(1), nanos::get);
    final IdentityService engine = mock(IdentityService.class);

    VerifiedPasswordsTest() {
        when(engine.checkPassword("vp.tacgia", "demo")).thenReturn(true);
    }

    @Test
    void anAcceptedPasswordIsCheckedByTheEngineOnceWithinItsTimeToLive() {
        assertThat(passwords.check(engine, "vp.tacgia", "demo")).isTrue();
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(passwords.check(engine, "vp.tacgia", "demo")).isTrue();
        verify(engine, times(1)).checkPassword("vp.tacgia", "demo");
    }

    @Test
    void anAcceptedPasswordExpires() {
        passwords.check(engine, "vp.tacgia", "demo");
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(passwords.check(engine, "vp.tacgia", "demo")).isTrue();
        verify(engine, times(2)).checkPassword("vp.tacgia", "demo");
    }

    @Test
    void aWrongPasswordIsNeverKeptAndAlwaysGoesToTheEngine() {
        passwords.check(engine, "vp.tacgia", "demo");
        assertThat(passwords.check(engine, "vp.tacgia", "sai")).isFalse();
        assertThat(passwords.check(engine, "vp.tacgia", "sai")).isFalse();
        verify(engine, times(2)).checkPassword("vp.tacgia", "sai");
        // and it ends the kept one: a lockout the engine counted takes effect at the next call
        when(engine.checkPassword("vp.tacgia", "demo")).thenReturn(false);
        assertThat(passwords.check(engine, "vp.tacgia", "demo")).isFalse();
    }

    @Test
    void theKeptPasswordIsOneUsersOnly() {
        passwords.check(engine, "vp.tacgia", "demo");
        assertThat(passwords.check(engine, "cds.tacgia", "demo")).isFalse();
        assertThat(passwords.check(engine, "vp.tacgia:demo", "")).isFalse();
        verify(engine).checkPassword("cds.tacgia", "demo");
    }

    @Test
    void aForgottenUserGoesToTheEngineAgain() {
        passwords.check(engine, "vp.tacgia", "demo");
        passwords.forget("vp.tacgia");
        when(engine.checkPassword("vp.tacgia", "demo")).thenReturn(false);
        assertThat(passwords.check(engine, "vp.tacgia", "demo")).isFalse();
    }

    @Test
    void aTimeToLiveOfZeroKeepsNothing() {
        VerifiedPasswords never = new VerifiedPasswords(Duration.ZERO, nanos::get);
        never.check(engine, "vp.tacgia", "demo");
        never.check(engine, "vp.tacgia", "demo");
        verify(engine, times(2)).checkPassword("vp.tacgia", "demo");
    }

    @Test
    void membershipsAreReadOnceWithinTheTimeToLiveAndAgainOnceForgotten() {
        AtomicLong reads = new AtomicLong();
        java.util.function.Supplier<VerifiedPasswords.Memberships> read = () -> {
            reads.incrementAndGet();
            return new VerifiedPasswords.Memberships(java.util.List.of("van-phong"), java.util.List.of());
        };
        assertThat(passwords.memberships("vp.tacgia", read).groups()).containsExactly("van-phong");
        passwords.memberships("vp.tacgia", read);
        assertThat(reads).hasValue(1);
        passwords.forget("vp.tacgia");
        passwords.memberships("vp.tacgia", read);
        assertThat(reads).hasValue(2);
        passwords.forgetMemberships();
        passwords.memberships("vp.tacgia", read);
        assertThat(reads).hasValue(3);
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        passwords.memberships("vp.tacgia", read);
        assertThat(reads).hasValue(4);
    }
}
